#pragma once

#include <QByteArray>
#include <QStringView>

namespace fd::storage::jsontext {

// A JSON string appended to `out`, byte for byte what QJsonDocument writes: UTF-8, with
// quotes; quotes, backslashes and control characters escaped as Qt escapes them (\b \f \n \r
// \t, else \u00xx), a lone surrogate as \uxxxx. Runs of plain ASCII are copied at once: the
// outbox and the audit trail write one object per row of an import, and a byte-by-byte
// append was a tenth of a large import's time.
void appendString(QByteArray& out, QStringView text);

}  // namespace fd::storage::jsontext
