#pragma once

#include "common/result.h"
#include "security/interfaces.h"

#include <QStringList>

#include <functional>
#include <vector>

class QIODevice;

namespace fd::admin {

// The audit trail as CSV (RFC 4180, UTF-8, CRLF) for office managers' spreadsheets. Fields a
// spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an apostrophe.
QStringList auditCsvHeader();
QString auditCsvRow(const security::AuditEntry& entry);

// Pages through the entries matching `filter` (its offset and limit are replaced) and writes
// them to `out`; never holds more than one page. Returns the number of entries written.
Result<qint64> writeAuditCsv(const security::IAuditTrail& audit, security::AuditFilter filter, QIODevice& out,
                             int pageSize = 500);

// Calls `visit` for each page of entries matching `filter`, oldest-to-newest as the filter
// says, one service call per page. Stops early when `visit` returns false.
Status forEachAuditPage(const security::IAuditTrail& audit, security::AuditFilter filter, int pageSize,
                        const std::function<bool(const std::vector<security::AuditEntry>&)>& visit);

}  // namespace fd::admin
