// The audit details written directly must be the very text QJsonDocument writes, and a record
// carrying it must be stored, chained and read back as one carrying the QJsonObject.
#include "security/audit_json.h"
#include "security/audit_actions.h"
#include "security/practice_session.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <limits>

using namespace fd;
using namespace fd::security;

namespace {

// What the audit details were before: each value through QJsonValue::fromVariant().
QJsonObject qtObject(const QVariantMap& map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return object;
}

QByteArray qtText(const QVariantMap& map)
{
    return QJsonDocument(qtObject(map)).toJson(QJsonDocument::Compact);
}

QByteArray directText(const QVariantMap& map)
{
    QByteArray out;
    auditjson::appendObject(out, map);
    return out;
}

QString fromUnits(std::initializer_list<char16_t> units)
{
    QString s;
    for (char16_t u : units)
        s += QChar(u);
    return s;
}

// Strings that need every kind of care.
QStringList trickyStrings()
{
    QStringList strings{
        QString(),
        QStringLiteral(""),
        QStringLiteral("plain"),
        QStringLiteral("say \"hi\""),
        QStringLiteral("C:\\path\\to\\file"),
        QStringLiteral("\\\""),
        QStringLiteral("line\nbreak\r\ttab\bback\fform"),
        QStringLiteral("slash / and </script>"),
        QStringLiteral("Muñoz-Peña, José"),
        QStringLiteral("Ærøskøbing ß"),
        QStringLiteral("日本語テキスト"),
        QStringLiteral("emoji 😀 and 𝄞"),
        QStringLiteral("euro € and del \x7f"),
        fromUnits({u'a', 0xd800, u'b'}),  // a lone high surrogate
        fromUnits({u'a', 0xdc00}),        // a lone low surrogate
        fromUnits({0xdbff}),              // a high surrogate at the end
        fromUnits({0xdbff, 0xdfff}),      // the last code point
        fromUnits({0xfffe, 0xffff}),      // noncharacters
    };
    QString control;
    for (char16_t u = 0; u < 0x20; ++u)
        control += QChar(u);
    strings << control;
    return strings;
}

}  // namespace

TEST_CASE("Strings are escaped exactly as QJsonDocument escapes them", "[audit][json]")
{
    for (const QString& s : trickyStrings()) {
        const QVariantMap map{{QStringLiteral("value"), s}};
        INFO(qtText(map).toHex().toStdString());
        CHECK(directText(map) == qtText(map));
        QByteArray alone;
        auditjson::appendString(alone, s);
        CHECK(alone == qtText(map).mid(9).chopped(1));  // {"value": ... }
    }
}

TEST_CASE("Values of every kind a row holds are written as QJsonDocument writes them",
          "[audit][json]")
{
    const QVariantMap map{
        {QStringLiteral("a_null"), QVariant()},
        {QStringLiteral("a_null_text"), QVariant(QMetaType::fromType<QString>())},
        {QStringLiteral("a_null_int"), QVariant(QMetaType::fromType<qlonglong>())},
        {QStringLiteral("bool_false"), false},
        {QStringLiteral("bool_true"), true},
        {QStringLiteral("int"), 42},
        {QStringLiteral("int_negative"), -7},
        {QStringLiteral("longlong_big"), Q_INT64_C(9007199254740993)},
        {QStringLiteral("longlong_min"), std::numeric_limits<qint64>::min()},
        {QStringLiteral("uint"), 4000000000u},
        {QStringLiteral("double"), 12.5},
        {QStringLiteral("double_whole"), 3.0},
        {QStringLiteral("double_tiny"), 1e-300},
        {QStringLiteral("double_huge"), 1e300},
        {QStringLiteral("double_nan"), std::numeric_limits<double>::quiet_NaN()},
        {QStringLiteral("date"), QDate(2025, 3, 14)},
        {QStringLiteral("date_invalid"), QDate()},
        {QStringLiteral("list"), QVariantList{1, QStringLiteral("x\"y"), true}},
        {QStringLiteral("list_of_text"), QStringList{QStringLiteral("a\\b"), QString(), QStringLiteral("Zoë\n")}},
        {QStringLiteral("list_of_text_empty"), QStringList()},
        {QStringLiteral("map"), QVariantMap{{QStringLiteral("k"), QStringLiteral("v\n")}}},
        {QStringLiteral("text"), QStringLiteral("Zoë \"Z\" O'Neil\\")},
    };
    INFO(qtText(map).toStdString());
    CHECK(directText(map) == qtText(map));
    CHECK(directText({}) == QByteArray("{}"));
    CHECK(directText({}) == qtText({}));
}

TEST_CASE("Nested audit details match the document built from QJsonObjects", "[audit][json]")
{
    const QVariantMap prior{{QStringLiteral("last_name"), QStringLiteral("O\"Brien")},
                            {QStringLiteral("phones"), QStringLiteral("[{\"n\":\"555-0100\"}]")},
                            {QStringLiteral("row_version"), 3}};
    const QVariantMap fresh{{QStringLiteral("last_name"), QStringLiteral("O'Brien")},
                            {QStringLiteral("phones"), QStringLiteral("")},
                            {QStringLiteral("row_version"), 4}};
    QByteArray direct;
    direct += "{\"new\":";
    auditjson::appendObject(direct, fresh);
    direct += ",\"prior\":";
    auditjson::appendObject(direct, prior);
    direct += '}';
    const QJsonObject object{{QStringLiteral("prior"), qtObject(prior)},
                             {QStringLiteral("new"), qtObject(fresh)}};
    CHECK(direct == QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TEST_CASE("An entry with written details is stored as the same entry with a QJsonObject",
          "[audit][json]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    IAuditTrail& trail = session->audit();
    const QVariantMap fields{{QStringLiteral("first_name"), QStringLiteral("José \"Pepe\"")},
                             {QStringLiteral("notes"), QStringLiteral("line 1\nline 2\\")},
                             {QStringLiteral("restricted"), 0}};
    AuditRecord asObject;
    asObject.action = audit::kCreate;
    asObject.entity = QStringLiteral("patients");
    asObject.entityId = QStringLiteral("p-1");
    asObject.details = QJsonObject{{QStringLiteral("new"), qtObject(fields)}};
    AuditRecord asText = asObject;
    asText.details = QJsonObject();
    asText.detailsJson = "{\"new\":";
    auditjson::appendObject(asText.detailsJson, fields);
    asText.detailsJson += '}';
    CHECK(asText.detailsObject() == asObject.details);
    CHECK(asObject.detailsObject() == asObject.details);
    REQUIRE(trail.record(asObject).ok());
    REQUIRE(trail.record(asText).ok());

    AuditFilter filter;
    filter.action = audit::kCreate;
    const auto listed = trail.list(filter);
    REQUIRE(listed.ok());
    std::vector<AuditEntry> entries;
    for (const AuditEntry& e : listed.value())
        if (e.record.entity == QLatin1String("patients"))  // not the practice's own creation
            entries.push_back(e);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].record.details == entries[1].record.details);
    CHECK(entries[0]
              .record.details.value(QStringLiteral("new"))
              .toObject()
              .value(QStringLiteral("first_name"))
              .toString() == QStringLiteral("José \"Pepe\""));
    const auto verified = trail.verify();
    REQUIRE(verified.ok());
    CHECK(verified->intact);

    AuditRecord broken = asObject;
    broken.detailsJson = "{\"new\":";  // not an object: refused, nothing stored
    const qint64 created = trail.count(filter).value();
    CHECK(trail.record(broken).error().code == ErrorCode::InvalidInput);
    CHECK(trail.count(filter).value() == created);
}
