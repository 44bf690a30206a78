#pragma once

#include "calendar/core/recall_types.h"
#include "common/result.h"

#include <QSqlQuery>
#include <QVariantMap>

namespace fd::calendar {

namespace table {
inline const QString kRecallReasons = QStringLiteral("calendar_recall_reasons");
inline const QString kRecallTriggers = QStringLiteral("calendar_recall_triggers");
inline const QString kRecalls = QStringLiteral("calendar_recalls");
inline const QString kRecallContacts = QStringLiteral("calendar_recall_contacts");
}  // namespace table

// Row mapping: the columns each *FromRow reads (in order) and the fields each *Fields writes
// (every column but the bookkeeping ones).
QString reasonColumns();
RecallReason reasonFromRow(const QSqlQuery& q);
QVariantMap reasonFields(const RecallReason& r);

QString triggerColumns();
RecallTrigger triggerFromRow(const QSqlQuery& q);

QString recallColumns();
Recall recallFromRow(const QSqlQuery& q, int first = 0);
QVariantMap recallFields(const Recall& r);

QString contactColumns();
ContactAttempt contactFromRow(const QSqlQuery& q);
QVariantMap contactFields(const ContactAttempt& c);

// Reads.
Result<std::vector<RecallReason>> loadReasons(QSqlDatabase db, bool includeInactive);
Result<std::optional<RecallReason>> loadReason(QSqlDatabase db, const QString& idOrName);
Result<std::optional<Recall>> loadRecall(QSqlDatabase db, const QString& id);

}  // namespace fd::calendar
