#pragma once

#include "security/interfaces.h"

#include <QString>

#include <vector>

class QTextDocument;

namespace fd::admin {

// A printable audit report: a heading naming the practice and the filter, then one table row
// per entry. Rendered by QPrinter (paper or PDF) from the audit dock.
void buildAuditDocument(QTextDocument& document, const QString& practiceName, const QString& filterText,
                        const std::vector<security::AuditEntry>& entries);

}  // namespace fd::admin
