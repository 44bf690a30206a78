#pragma once

#include "accounts/core/ledger_types.h"
#include "common/clock.h"
#include "common/result.h"
#include "patients/core/patients.h"
#include "practice/core/payers.h"
#include "security/interfaces.h"
#include "storage/database.h"
#include "storage/sql_text.h"

#include <QSqlQuery>

#include <memory>

namespace fd::accounts {

using storage::placeholders;

// What the ledger's services share: the database, who is acting, the audit trail, the
// clock, the registry (whose patients the accounts belong to) and the practice's payers.
struct AccountsContext
{
    storage::Database& db;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<security::IAuditTrail> audit;
    std::shared_ptr<IClock> clock;
    std::shared_ptr<patients::IPatientService> patients;
    std::shared_ptr<practice::IPayerService> payers;

    QDateTime now() const { return clock->nowUtc(); }
    QDate today() const { return clock->nowUtc().date(); }
    QString userId() const { return access->currentUser().id; }
};

QString accountsTr(const char* text);  // translated in the "fd::accounts" context

// Whether `text` holds what looks like a payment card number: 13 to 19 digits (spaces and
// dashes between them allowed) that pass the Luhn check.
bool looksLikeCardNumber(const QString& text);

// The account a patient's entries count for: the patient, or the survivor their record was
// merged into (following merges of merges).
Result<QString> accountOwner(QSqlDatabase db, const QString& patientId);
// The patient and every record merged into them, directly or through other merges.
Result<QStringList> mergedClosure(QSqlDatabase db, const QString& patientId);

// Row mapping of ledger_entries.
QString entrySelectColumns(const QString& alias = {});  // the columns entryFromRow reads, in order
LedgerEntry entryFromRow(const QSqlQuery& query, int first = 0);
QVariantMap entryFields(const LedgerEntry& entry);  // every column but the bookkeeping ones

// What an entry does to its service line's charged / paid / adjusted figures, for an entry
// of `kind` (for a reversal: the kind of the entry it reverses) and sign +1 (-1 for a
// reversal). Shared by posting and check(), so both count the same way.
struct LineEffect
{
    qint64 charged = 0;
    qint64 paid = 0;
    qint64 adjusted = 0;
};
LineEffect lineEffect(EntryKind kind, int sign, qint64 amount, qint64 creditDelta);

}  // namespace fd::accounts
