#pragma once

#include "security/permissions.h"

#include <QString>

namespace fd::patients {

// patients.read, patients.edit and patients.restricted come from security/permissions.h; the
// others are the registry's own. Merging changes two records at once, so it and its undo are
// for administrators (and office managers for the merge itself) by default.
namespace perm {
inline const QString kRead = security::perm::kPatientsRead;
inline const QString kEdit = security::perm::kPatientsEdit;
inline const QString kRestricted = security::perm::kPatientsRestricted;
inline const QString kMerge = QStringLiteral("patients.merge");
inline const QString kMergeUndo = QStringLiteral("patients.merge.undo");
inline const QString kImport = QStringLiteral("patients.import");
inline const QString kExport = QStringLiteral("patients.export");
}  // namespace perm

// Declares the registry's own permissions with their default roles (idempotent).
void declarePatientsPermissions();

}  // namespace fd::patients
