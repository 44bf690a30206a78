#include "mail_reader.h"

#include "smtp_test_server.h"

#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

namespace fd::calendar::messaging::test {

namespace {

const char* const kReader = R"PY(
import email, email.policy, email.utils, json, sys, datetime
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
name, address = email.utils.parseaddr(str(msg["From"]))
when = email.utils.parsedate_to_datetime(str(msg["Date"])).astimezone(datetime.timezone.utc)
out = {"subject": str(msg["Subject"]), "from_name": name, "from_address": address,
       "to": str(msg["To"]), "message_id": str(msg["Message-ID"]),
       "date_utc": when.isoformat(), "content_type": msg.get_content_type(),
       "defects": len(msg.defects) + sum(len(p.defects) for p in msg.walk())}
for kind in ("plain", "html"):
    part = msg.get_body(preferencelist=(kind,))
    if part is not None:
        out["text" if kind == "plain" else "html"] = part.get_content().replace("\r\n", "\n")
print(json.dumps(out))
)PY";

}  // namespace

QJsonObject readMail(const QByteArray& message)
{
    QProcess p;
    p.start(pythonWithAiosmtpd(), {QStringLiteral("-c"), QString::fromUtf8(kReader)});
    REQUIRE(p.waitForStarted(30000));
    p.write(message);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    REQUIRE(doc.isObject());
    return doc.object();
}

}  // namespace fd::calendar::messaging::test
