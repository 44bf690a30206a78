#include "billing/core/core_connectivity_client.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace fd::billing {

namespace {

const QString kSoapNs = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString kCoreNs = QStringLiteral("http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd");
const QString kWsseNs =
    QStringLiteral("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd");
const QString kPasswordText = QStringLiteral(
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText");
const QString kRuleVersion = QStringLiteral("2.2.0");

QString timeStamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

void appendPart(QByteArray& body, const QByteArray& boundary, const char* name, const QByteArray& value)
{
    body += "--" + boundary + "\r\n";
    body += QByteArray("Content-Disposition: form-data; name=\"") + name + "\"\r\n\r\n";
    body += value + "\r\n";
}

Error failure(const QString& message, const QString& details = {})
{
    return makeError(ErrorCode::Unavailable, message, details);
}

// The fields of a CORE envelope (either form), by name.
using Fields = QHash<QString, QByteArray>;

Result<CoreResponse> responseOf(const QString& host, const Fields& f)
{
    CoreResponse r;
    r.payloadType = QString::fromUtf8(f.value(QStringLiteral("PayloadType"))).trimmed();
    r.payloadId = QString::fromUtf8(f.value(QStringLiteral("PayloadID"))).trimmed();
    r.payload = f.value(QStringLiteral("Payload")).trimmed();
    r.errorCode = QString::fromUtf8(f.value(QStringLiteral("ErrorCode"))).trimmed();
    r.errorMessage = QString::fromUtf8(f.value(QStringLiteral("ErrorMessage"))).trimmed();
    if (!r.errorCode.isEmpty() && r.errorCode != QLatin1String("Success"))
        return failure(QCoreApplication::translate("fd::billing::CoreConnectivityClient",
                                                   "The clearinghouse %1 answered with CORE error %2: %3")
                           .arg(host, r.errorCode,
                                r.errorMessage.isEmpty()
                                    ? QCoreApplication::translate("fd::billing::CoreConnectivityClient", "no message")
                                    : r.errorMessage));
    return r;
}

}  // namespace

Status CoreEndpointSettings::validate() const
{
    auto bad = [](const QString& message, const char* field) {
        return makeError(ErrorCode::InvalidInput, message, QString::fromLatin1(field));
    };
    if (!url.isValid() || url.host().isEmpty())
        return bad(tr("Clearinghouse endpoint: \"%1\" is not a URL.").arg(url.toString()), "url");
    if (url.scheme() != QLatin1String("https"))
        return bad(tr("Clearinghouse endpoint: %1 must use https.").arg(url.host()), "url");
    if (senderId.trimmed().isEmpty() || receiverId.trimmed().isEmpty())
        return bad(tr("Clearinghouse endpoint: the sender and receiver ids are required."), "sender_id");
    if (timeoutMs <= 0)
        return bad(tr("Clearinghouse endpoint: the timeout must be positive."), "timeout");
    if (!caBundlePath.isEmpty() && !QFile::exists(caBundlePath))
        return bad(tr("Clearinghouse endpoint: the CA bundle %1 does not exist.").arg(caBundlePath), "ca_bundle");
    return {};
}

void CoreRequestJob::finish(Result<CoreResponse> result)
{
    if (m_result)
        return;
    if (m_timer)
        m_timer->stop();
    m_result.emplace(std::move(result));
    emit finished();
}

CoreConnectivityClient::CoreConnectivityClient(CoreEndpointSettings settings, QNetworkAccessManager* network,
                                               QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_network(network)
{
}

QByteArray CoreConnectivityClient::soapBody(const CoreEndpointSettings& s, const CoreRequest& r)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kSoapNs, QStringLiteral("soapenv"));
    w.writeNamespace(kCoreNs, QStringLiteral("cor"));
    w.writeStartElement(kSoapNs, QStringLiteral("Envelope"));
    w.writeStartElement(kSoapNs, QStringLiteral("Header"));
    w.writeNamespace(kWsseNs, QStringLiteral("wsse"));
    w.writeStartElement(kWsseNs, QStringLiteral("Security"));
    w.writeAttribute(kSoapNs, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeStartElement(kWsseNs, QStringLiteral("UsernameToken"));
    w.writeTextElement(kWsseNs, QStringLiteral("Username"), s.username);
    w.writeStartElement(kWsseNs, QStringLiteral("Password"));
    w.writeAttribute(QStringLiteral("Type"), kPasswordText);
    w.writeCharacters(s.password);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();  // Header
    w.writeStartElement(kSoapNs, QStringLiteral("Body"));
    w.writeStartElement(kCoreNs, QStringLiteral("COREEnvelopeRealTimeRequest"));
    // The CORE schema's children are unqualified.
    w.writeTextElement(QStringLiteral("PayloadType"), r.payloadType);
    w.writeTextElement(QStringLiteral("ProcessingMode"), QStringLiteral("RealTime"));
    w.writeTextElement(QStringLiteral("PayloadID"), r.payloadId);
    w.writeTextElement(QStringLiteral("TimeStamp"), timeStamp(r.timeStamp));
    w.writeTextElement(QStringLiteral("SenderID"), s.senderId);
    w.writeTextElement(QStringLiteral("ReceiverID"), s.receiverId);
    w.writeTextElement(QStringLiteral("CORERuleVersion"), kRuleVersion);
    w.writeTextElement(QStringLiteral("Payload"), QString::fromLatin1(r.payload));
    w.writeEndDocument();
    return out;
}

QByteArray CoreConnectivityClient::mimeBody(const CoreEndpointSettings& s, const CoreRequest& r,
                                            const QByteArray& boundary)
{
    QByteArray body;
    appendPart(body, boundary, "PayloadType", r.payloadType.toUtf8());
    appendPart(body, boundary, "ProcessingMode", "RealTime");
    appendPart(body, boundary, "PayloadID", r.payloadId.toUtf8());
    appendPart(body, boundary, "TimeStamp", timeStamp(r.timeStamp).toUtf8());
    appendPart(body, boundary, "UserName", s.username.toUtf8());
    appendPart(body, boundary, "Password", s.password.toUtf8());
    appendPart(body, boundary, "SenderID", s.senderId.toUtf8());
    appendPart(body, boundary, "ReceiverID", s.receiverId.toUtf8());
    appendPart(body, boundary, "CORERuleVersion", kRuleVersion.toUtf8());
    appendPart(body, boundary, "Payload", r.payload);
    body += "--" + boundary + "--\r\n";
    return body;
}

Result<CoreResponse> CoreConnectivityClient::parseSoap(const QString& host, const QByteArray& body)
{
    QXmlStreamReader xml(body);
    Fields fields;
    QString faultCode;
    QString faultReason;
    bool fault = false;
    bool envelope = false;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("Envelope") && xml.namespaceUri() == kSoapNs)
                envelope = true;
            if (name == QLatin1String("Fault"))
                fault = true;
            current = name;
            if (fault && (name == QLatin1String("Value") || name == QLatin1String("Text"))) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (name == QLatin1String("Value") && faultCode.isEmpty())
                    faultCode = text;
                else if (name == QLatin1String("Text") && faultReason.isEmpty())
                    faultReason = text;
            }
        } else if (xml.isCharacters() && !current.isEmpty() && !fault) {
            fields[current] += xml.text().toUtf8();
        } else if (xml.isEndElement()) {
            current.clear();
        }
    }
    if (xml.hasError() || !envelope)
        return failure(tr("The clearinghouse %1 answered with something that is not a SOAP 1.2 envelope.").arg(host),
                       xml.hasError() ? xml.errorString() : QString());
    if (fault)
        return failure(tr("The clearinghouse %1 answered with a SOAP fault (%2): %3")
                           .arg(host, faultCode.isEmpty() ? tr("no code") : faultCode,
                                faultReason.isEmpty() ? tr("no reason given") : faultReason));
    return responseOf(host, fields);
}

Result<CoreResponse> CoreConnectivityClient::parseMime(const QString& host, const QByteArray& contentType,
                                                       const QByteArray& body)
{
    const int at = contentType.indexOf("boundary=");
    if (at < 0)
        return failure(tr("The clearinghouse %1 answered with a multipart body without a boundary.").arg(host));
    QByteArray boundary = contentType.mid(at + 9).split(';').first().trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    Fields fields;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype next = body.indexOf(delimiter, pos + delimiter.size());
        if (next < 0)
            break;
        const QByteArray chunk = body.mid(pos + delimiter.size(), next - pos - delimiter.size());
        const qsizetype headersEnd = chunk.indexOf("\r\n\r\n");
        const qsizetype n = chunk.indexOf("name=\"");
        if (headersEnd >= 0 && n >= 0 && n < headersEnd) {
            QByteArray value = chunk.mid(headersEnd + 4);
            if (value.endsWith("\r\n"))
                value.chop(2);
            const qsizetype end = chunk.indexOf('"', n + 6);
            fields[QString::fromLatin1(chunk.mid(n + 6, end - n - 6))] = value;
        }
        pos = next;
    }
    if (fields.isEmpty())
        return failure(tr("The clearinghouse %1 answered with an empty or unreadable multipart body.").arg(host));
    return responseOf(host, fields);
}

CoreRequestJob* CoreConnectivityClient::send(const CoreRequest& request)
{
    auto* job = new CoreRequestJob(this);
    if (auto valid = m_settings.validate(); !valid) {
        job->finish(valid.error());
        return job;
    }
    const QString host = m_settings.url.host();
    if (request.payload.isEmpty() || request.payloadType.isEmpty() || request.payloadId.isEmpty()) {
        job->finish(makeError(ErrorCode::InvalidInput, tr("The request to %1 has no payload.").arg(host)));
        return job;
    }
    if (!m_network) {
        job->finish(makeError(ErrorCode::Internal, tr("No network access for %1.").arg(host)));
        return job;
    }
    QNetworkRequest http(m_settings.url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caBundlePath.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.caBundlePath, QSsl::Pem);
        if (cas.isEmpty()) {
            job->finish(makeError(ErrorCode::InvalidInput,
                                  tr("The CA bundle %1 holds no PEM certificate.").arg(m_settings.caBundlePath)));
            return job;
        }
        tls.addCaCertificates(cas);
    }
    http.setSslConfiguration(tls);
    http.setTransferTimeout(m_settings.timeoutMs);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray body;
    if (m_settings.envelope == CoreEnvelope::Soap) {
        http.setRawHeader("Content-Type", "application/soap+xml; charset=UTF-8; action=\"RealTimeTransaction\"");
        body = soapBody(m_settings, request);
    } else {
        const QByteArray boundary = "fd-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        http.setRawHeader("Content-Type", "multipart/form-data; boundary=\"" + boundary + "\"");
        body = mimeBody(m_settings, request, boundary);
    }
    QNetworkReply* reply = m_network->post(http, body);
    body.fill('\0');  // it holds the password
    job->m_reply = reply;
    job->m_timer = new QTimer(job);
    job->m_timer->setSingleShot(true);
    connect(job->m_timer, &QTimer::timeout, job, [job] {
        job->m_timedOut = true;
        if (job->m_reply)
            job->m_reply->abort();
    });
    job->m_timer->start(m_settings.timeoutMs);
    connect(reply, &QNetworkReply::sslErrors, job, [job](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            job->m_sslErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, job, [this, reply, job, request] { onFinished(reply, job, request); });
    return job;
}

void CoreConnectivityClient::onFinished(QNetworkReply* reply, CoreRequestJob* job, const CoreRequest& request)
{
    reply->deleteLater();
    const QString host = m_settings.url.host();
    const int seconds = (m_settings.timeoutMs + 999) / 1000;
    if (job->m_timedOut || reply->error() == QNetworkReply::TimeoutError ||
        reply->error() == QNetworkReply::OperationCanceledError) {
        job->finish(failure(tr("The clearinghouse %1 did not answer within %2 s.").arg(host).arg(seconds)));
        return;
    }
    if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        job->finish(failure(tr("The clearinghouse %1 refused the connection (nothing listens on port %2).")
                                .arg(host)
                                .arg(m_settings.url.port(443))));
        return;
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError || !job->m_sslErrors.isEmpty()) {
        job->finish(failure(tr("The secure connection (TLS) to %1 failed: %2")
                                .arg(host, job->m_sslErrors.isEmpty() ? reply->errorString()
                                                                      : job->m_sslErrors.join(QStringLiteral("; ")))));
        return;
    }
    job->finish(interpret(reply, request));
}

Result<CoreResponse> CoreConnectivityClient::interpret(QNetworkReply* reply, const CoreRequest& request)
{
    const QString host = m_settings.url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return failure(tr("The connection to the clearinghouse %1 failed.").arg(host), reply->errorString());
    const QByteArray body = reply->readAll();
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const bool multipart = type.startsWith("multipart/");
    Result<CoreResponse> parsed = multipart ? parseMime(host, type, body) : parseSoap(host, body);
    if (status < 200 || status >= 300) {
        // A SOAP fault says more than the status line.
        if (!parsed && parsed.error().message.contains(QLatin1String("SOAP fault")))
            return parsed.error();
        return failure(tr("The clearinghouse %1 answered HTTP %2.").arg(host).arg(status));
    }
    FD_TRY(parsed);
    parsed->httpStatus = status;
    if (!request.expectedResponseType.isEmpty() && parsed->payloadType != request.expectedResponseType)
        return failure(tr("The clearinghouse %1 answered with a %2 payload, not %3.")
                           .arg(host, parsed->payloadType.isEmpty() ? tr("untyped") : parsed->payloadType,
                                request.expectedResponseType));
    if (parsed->payload.isEmpty())
        return failure(tr("The clearinghouse %1 answered with an empty payload.").arg(host));
    return parsed;
}

Result<CoreResponse> CoreConnectivityClient::exchange(const CoreEndpointSettings& settings, const CoreRequest& request)
{
    QNetworkAccessManager network;
    CoreConnectivityClient client(settings, &network);
    CoreRequestJob* job = client.send(request);
    if (!job->isFinished()) {
        QEventLoop loop;
        connect(job, &CoreRequestJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Result<CoreResponse> result = job->result();
    delete job;
    return result;
}

}  // namespace fd::billing
