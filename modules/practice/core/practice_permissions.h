#pragma once

#include "security/permissions.h"

#include <QString>

namespace fd::practice {

// practice.view and practice.edit come from security/permissions.h; importing code sets is
// its own permission because a wrong file changes what every claim is checked against.
namespace perm {
inline const QString kView = security::perm::kPracticeView;
inline const QString kEdit = security::perm::kPracticeEdit;
inline const QString kCodesImport = QStringLiteral("practice.codes.import");
}  // namespace perm

// Declares the practice permissions with their default roles (idempotent).
void declarePracticePermissions();

}  // namespace fd::practice
