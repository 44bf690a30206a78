#include "calendar/core/messaging/smtp_sender.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace fd::calendar::messaging {

namespace {

void ensureCurlInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What the conversation has reached, gathered from libcurl's protocol trace. Only SMTP verbs
// and the server's reply lines are kept: client arguments (addresses, credentials) never.
struct Trace
{
    QString step = QStringLiteral("connect");
    QString lastReply;
};

QString scrubAddresses(QString text)
{
    static const QRegularExpression kAddress(QStringLiteral("<?[^\\s<>]+@[^\\s<>]+>?"));
    return text.replace(kAddress, QStringLiteral("<address>")).trimmed();
}

int traceCallback(CURL*, curl_infotype type, char* data, size_t size, void* userp)
{
    auto* trace = static_cast<Trace*>(userp);
    if (type == CURLINFO_HEADER_OUT) {
        static const char* const kVerbs[] = {"EHLO",    "HELO", "STARTTLS", "AUTH", "MAIL FROM",
                                             "RCPT TO", "DATA", "QUIT",     "RSET"};
        const QByteArray line(data, qsizetype(qMin<size_t>(size, 16)));
        for (const char* verb : kVerbs) {
            if (line.toUpper().startsWith(verb)) {
                trace->step = QLatin1String(verb);
                break;
            }
        }
    } else if (type == CURLINFO_HEADER_IN) {
        const QString text = QString::fromUtf8(data, qsizetype(size)).trimmed();
        if (!text.isEmpty())
            trace->lastReply = scrubAddresses(text.left(200));
    }
    return 0;
}

struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
};

size_t readCallback(char* buffer, size_t size, size_t count, void* userp)
{
    auto* upload = static_cast<Upload*>(userp);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = qMin<qsizetype>(left, qsizetype(size * count));
    if (n > 0) {
        std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
        upload->offset += n;
    }
    return size_t(n);
}

ErrorCode errorCodeFor(CURLcode code, long smtpReply)
{
    switch (code) {
        case CURLE_LOGIN_DENIED:
            return ErrorCode::WrongPassword;
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_USE_SSL_FAILED:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
            return ErrorCode::Unavailable;
        default:
            break;
    }
    // 5xx is permanent (the message or an address is refused), 4xx a temporary failure.
    if (smtpReply >= 500)
        return ErrorCode::InvalidInput;
    return ErrorCode::Unavailable;
}

QString curlUrl(const SmtpSettings& s)
{
    QString host = s.host;
    if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const QString scheme =
        s.security == SmtpSecurity::ImplicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(s.port);
}

struct CurlDeleter
{
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter
{
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// What one transfer needs alive while libcurl runs.
struct Transfer
{
    explicit Transfer(const QByteArray& data) : upload{&data, 0} {}
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Trace trace;
    Upload upload;
    QByteArray url, from, to, user, password, caFile;
    std::unique_ptr<curl_slist, SlistDeleter> recipients;
};

void configure(CURL* c, const SmtpSettings& s, Transfer& t)
{
    curl_easy_setopt(c, CURLOPT_URL, t.url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, t.errorBuffer);
    // STARTTLS or implicit TLS is required: no plaintext fallback when the server lacks it.
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     s.security == SmtpSecurity::NoneForTestsOnly ? long(CURLUSESSL_NONE)
                                                                  : long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    if (!t.caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, t.caFile.constData());
    if (!t.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, t.user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, t.password.constData());
        if (s.auth == SmtpAuthMechanism::Plain)
            curl_easy_setopt(c, CURLOPT_LOGIN_OPTIONS, "AUTH=PLAIN");
        else if (s.auth == SmtpAuthMechanism::Login)
            curl_easy_setopt(c, CURLOPT_LOGIN_OPTIONS, "AUTH=LOGIN");
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, t.from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, t.recipients.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readCallback);
    curl_easy_setopt(c, CURLOPT_READDATA, &t.upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(t.upload.data->size()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(s.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(s.timeoutMs));
    // The trace only feeds the error text (verbs and reply codes); nothing is printed.
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, traceCallback);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &t.trace);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
}

}  // namespace

SmtpSender::SmtpSender(SmtpSettings settings, SecureBytes password)
    : m_settings(std::move(settings)), m_password(std::move(password))
{
}

Result<SmtpReceipt> SmtpSender::send(const EmailMessage& message, const QDateTime& now,
                                     SmtpFailure* failure) const
{
    if (failure)
        *failure = SmtpFailure{QStringLiteral("connect"), 0, false};
    FD_TRY(m_settings.validate());
    EmailMessage toSend = message;
    if (toSend.fromAddress.isEmpty())
        toSend.fromAddress = m_settings.fromAddress;
    const MimeOutput mime = buildMimeMessage(toSend, now);
    if (!toSend.toAddress.contains(QLatin1Char('@')) ||
        toSend.toAddress.contains(QLatin1Char('\n')) ||
        toSend.toAddress.contains(QLatin1Char('\r')) || toSend.toAddress.contains(QLatin1Char('>')))
        return makeError(
            ErrorCode::InvalidInput,
            tr("Message %1: the recipient is not an email address").arg(mime.messageId));

    ensureCurlInitialized();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return makeError(ErrorCode::Internal,
                         tr("Message %1: libcurl could not start").arg(mime.messageId));
    CURL* c = curl.get();

    Transfer t{mime.data};
    t.url = curlUrl(m_settings).toUtf8();
    t.from = '<' + toSend.fromAddress.toUtf8() + '>';
    t.to = '<' + toSend.toAddress.toUtf8() + '>';
    t.recipients.reset(curl_slist_append(nullptr, t.to.constData()));
    t.user = m_settings.username.toUtf8();
    t.password =
        QByteArray(reinterpret_cast<const char*>(m_password.data()), qsizetype(m_password.size()));
    t.caFile = m_settings.caFile.toLocal8Bit();
    configure(c, m_settings, t);

    const CURLcode code = curl_easy_perform(c);
    wipeBytes(t.password);
    const Trace& trace = t.trace;
    const char* errorBuffer = t.errorBuffer;
    long reply = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply);
    if (code != CURLE_OK) {
        if (failure)
            *failure = SmtpFailure{
                trace.step, reply,
                (trace.step == QLatin1String("DATA") || trace.step == QLatin1String("QUIT")) &&
                    reply < 400};
        const QString what = scrubAddresses(
            QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code)));
        QString details =
            trace.lastReply.isEmpty() ? what : tr("%1; last reply: %2").arg(what, trace.lastReply);
        return makeError(errorCodeFor(code, reply),
                         tr("Message %1 could not be sent through %2 (%3 step)")
                             .arg(mime.messageId, m_settings.serverName(), trace.step),
                         details);
    }
    return SmtpReceipt{mime.messageId, trace.lastReply};
}

}  // namespace fd::calendar::messaging
