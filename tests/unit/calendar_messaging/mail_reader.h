#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace fd::calendar::messaging::test {

// Reads a received message with Python's email package (not with the code under test):
// subject, from_name, from_address, to, message_id, date_utc, content_type, text, html and
// the number of defects the parser found.
QJsonObject readMail(const QByteArray& message);

}  // namespace fd::calendar::messaging::test
