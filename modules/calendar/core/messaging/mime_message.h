#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fd::calendar::messaging {

// An email as the reminder sender writes it: one text part, optionally an HTML alternative.
struct EmailMessage
{
    QString fromAddress;  // envelope and header sender, e.g. reminders@practice.example.org
    QString fromName;     // the practice's name
    QString toAddress;
    QString subject;
    QString textBody;         // plain text, LF or CRLF line ends
    QString htmlBody;         // optional; when set the message is multipart/alternative
    QString messageIdDomain;  // right side of the Message-ID; the sender's domain when empty
};

// The RFC 5322 / MIME text of one message: CRLF line ends, UTF-8 headers in RFC 2047
// encoded words, bodies in quoted-printable, a Message-ID and a Date.
struct MimeOutput
{
    QByteArray data;
    QString messageId;  // without angle brackets
};

MimeOutput buildMimeMessage(const EmailMessage& message, const QDateTime& date);

// Building blocks, public for the tests.
QByteArray encodeHeaderWord(const QString& text);    // RFC 2047 "B" words, folded when long
QByteArray quotedPrintable(const QByteArray& utf8);  // RFC 2045, CRLF line ends
QByteArray rfc5322Date(const QDateTime& date);       // "Fri, 14 Mar 2025 15:00:00 +0000"

}  // namespace fd::calendar::messaging
