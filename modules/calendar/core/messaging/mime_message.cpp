#include "calendar/core/messaging/mime_message.h"

#include "common/uuid.h"

#include <QLocale>
#include <QTimeZone>

namespace fd::calendar::messaging {

namespace {

constexpr int kMaxEncodedWord = 75;  // RFC 2047 section 2

bool isPlainAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Splits UTF-8 at character boundaries into pieces whose base64 fits one encoded word.
QList<QByteArray> utf8Chunks(const QByteArray& utf8, int maxBytes)
{
    QList<QByteArray> chunks;
    int start = 0;
    while (start < utf8.size()) {
        int end = qMin(start + maxBytes, int(utf8.size()));
        // Back off continuation bytes (10xxxxxx) so a character is never split.
        while (end < utf8.size() && end > start && (uchar(utf8[end]) & 0xC0) == 0x80)
            --end;
        chunks << utf8.mid(start, end - start);
        start = end;
    }
    return chunks;
}

QByteArray addressHeader(const QString& name, const QString& address)
{
    if (name.isEmpty())
        return address.toUtf8();
    QByteArray shown;
    if (isPlainAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        shown = '"' + quoted.toUtf8() + '"';
    } else {
        shown = encodeHeaderWord(name);
    }
    return shown + " <" + address.toUtf8() + '>';
}

QByteArray normalizedLines(const QString& text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.toUtf8();
}

QByteArray textPart(const char* subtype, const QString& body)
{
    return QByteArray("Content-Type: text/") + subtype +
           "; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
           quotedPrintable(normalizedLines(body)) + "\r\n";
}

}  // namespace

QByteArray encodeHeaderWord(const QString& text)
{
    if (isPlainAscii(text) && !text.contains(QLatin1String("=?")))
        return text.toUtf8();
    // "=?UTF-8?B?" + base64 + "?=" within 75 characters: 12 characters of framing leave 63
    // for base64, i.e. 45 bytes of UTF-8 (a multiple of 3 keeps each word's padding local).
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    const auto chunks = utf8Chunks(utf8, 45);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        QByteArray word = "=?UTF-8?B?" + chunks[i].toBase64() + "?=";
        Q_ASSERT(word.size() <= kMaxEncodedWord);
        if (i > 0)
            out += "\r\n ";  // folding whitespace between encoded words is not displayed
        out += word;
    }
    return out;
}

QByteArray quotedPrintable(const QByteArray& utf8)
{
    static const char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3 / 2);
    int lineLength = 0;
    auto put = [&](const QByteArray& piece) {
        if (lineLength + piece.size() > 75) {  // 76 with the soft break's '='
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += int(piece.size());
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        if (c == '\n') {
            out += "\r\n";
            lineLength = 0;
            continue;
        }
        const bool atLineEnd = i + 1 == utf8.size() || utf8[i + 1] == '\n';
        const bool literal =
            (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !atLineEnd);
        // A '.' opening a line is encoded too: no SMTP server can mistake it for the end.
        if (literal && !(c == '.' && lineLength == 0)) {
            put(QByteArray(1, char(c)));
        } else {
            const char enc[3] = {'=', kHex[c >> 4], kHex[c & 0x0f]};
            put(QByteArray(enc, 3));
        }
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime& date)
{
    const QDateTime local = date.toTimeZone(date.timeZone());
    const int offset = local.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")) + zone)
        .toLatin1();
}

MimeOutput buildMimeMessage(const EmailMessage& message, const QDateTime& date)
{
    QString domain = message.messageIdDomain;
    if (domain.isEmpty())
        domain = message.fromAddress.section(QLatin1Char('@'), 1);
    if (domain.isEmpty())
        domain = QStringLiteral("localhost");
    MimeOutput result;
    result.messageId = newUuid() + QLatin1Char('@') + domain;

    QByteArray m;
    m += "Date: " + rfc5322Date(date) + "\r\n";
    m += "From: " + addressHeader(message.fromName, message.fromAddress) + "\r\n";
    m += "To: " + message.toAddress.toUtf8() + "\r\n";
    m += "Subject: " + encodeHeaderWord(message.subject) + "\r\n";
    m += "Message-ID: <" + result.messageId.toUtf8() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    // RFC 3834: an automatic message, so auto-responders do not answer it.
    m += "Auto-Submitted: auto-generated\r\n";
    if (message.htmlBody.isEmpty()) {
        m += textPart("plain", message.textBody);
    } else {
        const QByteArray boundary = "=_fd_" + newUuid().remove(QLatin1Char('-')).toLatin1();
        m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
        m += "This is a multi-part message in MIME format.\r\n";
        m += "--" + boundary + "\r\n" + textPart("plain", message.textBody);
        m += "--" + boundary + "\r\n" + textPart("html", message.htmlBody);
        m += "--" + boundary + "--\r\n";
    }
    result.data = m;
    return result;
}

}  // namespace fd::calendar::messaging
