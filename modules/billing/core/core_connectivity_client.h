#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace fd::billing {

// CAQH CORE connectivity (Phase II, rule version 2.2.0) real-time exchange over HTTPS, for
// any X12 payload: 270/271 eligibility, 276/277 claim status (docs/ELIGIBILITY.md).
enum class CoreEnvelope { Soap, Mime };  // SOAP 1.2 + WS-Security, or MIME multipart form

struct CoreEndpointSettings
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::CoreEndpointSettings)

public:
    QUrl url;  // https only
    CoreEnvelope envelope = CoreEnvelope::Soap;
    QString senderId;
    QString receiverId;
    QString username;
    QString password;      // never printed, logged or put in an error
    QString caBundlePath;  // PEM certificates trusted besides the system's (a test CA)
    int timeoutMs = 30000;

    // Names the first wrong field.
    Status validate() const;
};

struct CoreRequest
{
    QString payloadType;           // X12_270_Request_005010X279A1, X12_276_Request_005010X212
    QString expectedResponseType;  // X12_271_Response_005010X279A1; empty: any
    QByteArray payload;            // the X12 interchange
    QString payloadId;             // a UUID, unique per request
    QDateTime timeStamp;           // UTC
};

struct CoreResponse
{
    QString payloadType;
    QString payloadId;
    QByteArray payload;
    QString errorCode;  // "Success" when the envelope reports none
    QString errorMessage;
    int httpStatus = 0;
};

// One request: its own timeout, error text and lifetime. finished() is emitted once.
class CoreRequestJob final : public QObject
{
    Q_OBJECT

public:
    explicit CoreRequestJob(QObject* parent = nullptr) : QObject(parent) {}
    bool isFinished() const { return m_result.has_value(); }
    const Result<CoreResponse>& result() const { return *m_result; }

signals:
    void finished();

private:
    friend class CoreConnectivityClient;
    void finish(Result<CoreResponse> result);
    std::optional<Result<CoreResponse>> m_result;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer = nullptr;
    bool m_timedOut = false;
    QStringList m_sslErrors;
};

// Posts CORE envelopes to a clearinghouse and reads the answer: connection refused, TLS
// failures, a timeout, an HTTP error, a SOAP fault, a CORE error code or an answer of the
// wrong payload type each finish the job with a clear Error naming the host.
class CoreConnectivityClient final : public QObject
{
    Q_OBJECT

public:
    CoreConnectivityClient(CoreEndpointSettings settings, QNetworkAccessManager* network,
                           QObject* parent = nullptr);

    // The job belongs to the client; delete it (deleteLater) once its result is read.
    CoreRequestJob* send(const CoreRequest& request);

    // send() and wait for the job (a local event loop): for the CLI and services.
    static Result<CoreResponse> exchange(const CoreEndpointSettings& settings, const CoreRequest& request);

    // The request bodies and the answer parsers, public for the tests.
    static QByteArray soapBody(const CoreEndpointSettings& settings, const CoreRequest& request);
    static QByteArray mimeBody(const CoreEndpointSettings& settings, const CoreRequest& request,
                               const QByteArray& boundary);
    static Result<CoreResponse> parseSoap(const QString& host, const QByteArray& body);
    static Result<CoreResponse> parseMime(const QString& host, const QByteArray& contentType, const QByteArray& body);

private:
    void onFinished(QNetworkReply* reply, CoreRequestJob* job, const CoreRequest& request);
    Result<CoreResponse> interpret(QNetworkReply* reply, const CoreRequest& request);

    CoreEndpointSettings m_settings;
    QPointer<QNetworkAccessManager> m_network;
};

}  // namespace fd::billing
