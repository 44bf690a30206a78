#pragma once

#include "calendar/core/messaging/mime_message.h"
#include "calendar/core/messaging/smtp_settings.h"
#include "common/result.h"
#include "common/secure_bytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fd::calendar::messaging {

struct SmtpReceipt
{
    QString messageId;    // the Message-ID the message was sent with
    QString serverReply;  // the server's final answer to DATA, e.g. "250 2.0.0 Ok: queued"
};

// Where a failed send stopped, for the caller's retry decision.
struct SmtpFailure
{
    QString step;  // the last SMTP command sent: "connect", "EHLO", "STARTTLS", "AUTH", "DATA", ...
    long reply = 0;  // the server's last reply code, 0 when none
    // True once DATA was sent: the server may have taken the message even though the answer
    // never came back, so sending again could deliver it twice.
    bool mayHaveBeenDelivered = false;
};

// Sends one email through the practice's SMTP server with libcurl: STARTTLS (or implicit
// TLS) required unless the settings say "none" for a loopback test server, the server's
// certificate checked against the system store or the configured CA file, AUTH PLAIN/LOGIN.
// send() blocks for up to the configured timeout: run it on a worker thread (the reminder
// run does), never on the GUI thread. One SmtpSender per thread.
//
// Errors name the server, the message id, the SMTP step and the server's reply; never the
// recipient's address or any of the message's text.
class SmtpSender final
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::SmtpSender)

public:
    SmtpSender(SmtpSettings settings, SecureBytes password);

    Result<SmtpReceipt> send(const EmailMessage& message, const QDateTime& now,
                             SmtpFailure* failure = nullptr) const;

    const SmtpSettings& settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
    SecureBytes m_password;
};

}  // namespace fd::calendar::messaging
