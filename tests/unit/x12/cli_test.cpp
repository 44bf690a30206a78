#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

namespace {
struct Run
{
    int exitCode;
    QByteArray out;
    QByteArray err;
};

Run frontdeskctl(const QStringList& args)
{
    QProcess p;
    p.start(fd::test::binary(QStringLiteral("frontdeskctl")), args);
    REQUIRE(p.waitForFinished(60000));
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const char* name)
{
    return fd::test::sourceDir() + QStringLiteral("/tests/data/x12/") + QString::fromLatin1(name);
}
}  // namespace

TEST_CASE("x12 check exits 0 on clean files", "[x12][cli]")
{
    const Run r = frontdeskctl({QStringLiteral("x12"), QStringLiteral("check"), data("clean_837p.x12"), data("clean_835.x12")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("0 error(s)"));
}

TEST_CASE("x12 check exits 3 with findings, as text or JSON", "[x12][cli]")
{
    fd::test::TempDir dir;
    QFile bad(dir.file(QStringLiteral("bad.x12")));
    QFile clean(data("clean_837p.x12"));
    REQUIRE(clean.open(QIODevice::ReadOnly));
    QByteArray bytes = clean.readAll();
    bytes.replace("XX*1234567893", "XX*1234567890");
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(bytes);
    bad.close();
    const Run text = frontdeskctl({QStringLiteral("x12"), QStringLiteral("check"), bad.fileName()});
    CHECK(text.exitCode == 3);
    CHECK(text.out.contains("segment 9 (NM1) loop 2010AA element NM109"));
    const Run json = frontdeskctl({QStringLiteral("x12"), QStringLiteral("check"), bad.fileName(), QStringLiteral("--json")});
    CHECK(json.exitCode == 3);
    const QJsonArray files = QJsonDocument::fromJson(json.out).array();
    REQUIRE(files.size() == 1);
    const QJsonObject report = files.at(0).toObject();
    CHECK(report.value(QStringLiteral("transaction")).toString() == QStringLiteral("837"));
    const QJsonObject f = report.value(QStringLiteral("findings")).toArray().at(0).toObject();
    CHECK(f.value(QStringLiteral("severity")).toString() == QStringLiteral("error"));
    CHECK(f.value(QStringLiteral("segment_number")).toInt() == 9);
    CHECK(f.value(QStringLiteral("segment_id")).toString() == QStringLiteral("NM1"));
    CHECK(f.value(QStringLiteral("loop")).toString() == QStringLiteral("2010AA"));
    CHECK(f.value(QStringLiteral("element")).toString() == QStringLiteral("NM109"));
    CHECK(f.value(QStringLiteral("value")).toString() == QStringLiteral("1234567890"));
    CHECK_FALSE(f.value(QStringLiteral("message")).toString().isEmpty());
    CHECK_FALSE(f.value(QStringLiteral("expected")).toString().isEmpty());
}

TEST_CASE("x12 check exits 1 on an unreadable file after reporting the others", "[x12][cli]")
{
    const Run r = frontdeskctl({QStringLiteral("x12"), QStringLiteral("check"), data("clean_999.x12"),
                                QStringLiteral("/nonexistent/file.x12")});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains("clean_999.x12"));
    CHECK(r.err.contains("nonexistent"));
}
