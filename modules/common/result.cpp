#include "common/result.h"

namespace fd {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::WrongPassword: return QStringLiteral("wrong_password");
    case ErrorCode::LockedOut: return QStringLiteral("locked_out");
    case ErrorCode::SecondFactorRequired: return QStringLiteral("second_factor_required");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission_denied");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Duplicate: return QStringLiteral("duplicate");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Unavailable: return QStringLiteral("unavailable");
    case ErrorCode::Tampered: return QStringLiteral("tampered");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

}  // namespace fd
