#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace fd {

// What went wrong, in terms a caller can act on. The CLI maps codes to exit statuses and the
// JSON error object; the UI shows `message` (already translated where it reaches a person).
enum class ErrorCode {
    InvalidInput,      // bad data from a person or a file: names what and where
    NotFound,
    WrongPassword,
    LockedOut,
    SecondFactorRequired,
    PermissionDenied,
    Conflict,          // a version check failed or a unique value is taken
    Duplicate,         // the same request seen before (idempotency)
    Corrupt,           // a file or database fails its integrity checks
    Io,                // a file could not be read or written
    Unavailable,       // a dependency (driver, server) cannot be reached
    Tampered,          // audit chain or checkpoints disagree
    Internal,
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString details;

    QString toString() const { return details.isEmpty() ? message : message + QStringLiteral(": ") + details; }
};

inline Error makeError(ErrorCode code, QString message, QString details = {})
{
    return Error{code, std::move(message), std::move(details)};
}

// A value or an Error. Exceptions never cross a module boundary; Result does.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace fd

// Propagates an Error from an expression returning Result<...>.
#define FD_TRY(expr)                         \
    do {                                     \
        auto&& fdTryResult_ = (expr);        \
        if (!fdTryResult_.ok())              \
            return fdTryResult_.error();     \
    } while (false)
