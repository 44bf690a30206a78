// frontdeskctl fhir export and import, end to end: a demo practice (with its patients, their
// guarantors and coverages) exported, checked by the official R4 JSON schema and FHIR.js,
// imported into a new practice, imported again without change, and malformed input refused
// with its file, line and JSON path while nothing is written.
#include "cli_runner.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using fd::test::runCli;

namespace {
const QString kPassword = QStringLiteral("fhir test password 9");

QProcessEnvironment env()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return e;
}

void makeDemo(const QString& db)
{
    auto r = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--size"),
                     QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("5")},
                    env());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void makeEmpty(const QString& db)
{
    auto r = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                     QStringLiteral("--practice"), QStringLiteral("Import Test Clinic"),
                     QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--json")},
                    env());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QJsonArray list(const QString& what, const QString& db)
{
    auto r =
        runCli({what, QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")},
               env());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).array();
}

QStringList readLines(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString& path, const QStringList& lines)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

// Records as the CLI lists them, without the local ids (which an import does not keep) and
// with locations named rather than referred to by id; sorted to compare as sets.
QStringList comparable(const QJsonArray& rows, const QStringList& keep,
                       const QHash<QString, QString>& locationNames = {})
{
    QStringList out;
    for (const QJsonValue& v : rows) {
        QJsonObject row;
        for (const QString& key : keep)
            row.insert(key, v.toObject().value(key));
        if (v.toObject().contains(QStringLiteral("location_ids"))) {
            QStringList names;
            for (const QJsonValue& id :
                 v.toObject().value(QStringLiteral("location_ids")).toArray())
                names << locationNames.value(id.toString());
            names.sort();
            row.insert(QStringLiteral("locations"), QJsonArray::fromStringList(names));
        }
        out << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    }
    out.sort();
    return out;
}

// The registry as `patients export` writes it (account number, names, birth date, sex, phones,
// email, address, language, status, primary coverage), one line per patient, sorted.
QStringList patientsCsv(const fd::test::TempDir& dir, const QString& db)
{
    const QString path = dir.file(QFileInfo(db).completeBaseName() + QStringLiteral("-patients.csv"));
    auto r = runCli({QStringLiteral("patients"), QStringLiteral("export"), QStringLiteral("--db"), db,
                     QStringLiteral("--csv"), path, QStringLiteral("--force")},
                    env());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList lines = readLines(path);
    lines.sort();
    return lines;
}

QHash<QString, QString> locationNames(const QJsonArray& locations)
{
    QHash<QString, QString> names;
    for (const QJsonValue& l : locations)
        names.insert(l.toObject().value(QStringLiteral("id")).toString(),
                     l.toObject().value(QStringLiteral("name")).toString());
    return names;
}

const QStringList kPayerKeys{
    QStringLiteral("name"),  QStringLiteral("payer_ids"), QStringLiteral("claim_filing_indicator"),
    QStringLiteral("phone"), QStringLiteral("address"),   QStringLiteral("active")};
const QStringList kLocationKeys{QStringLiteral("name"),         QStringLiteral("address"),
                                QStringLiteral("time_zone"),    QStringLiteral("place_of_service"),
                                QStringLiteral("facility_npi"), QStringLiteral("phone"),
                                QStringLiteral("hours")};
const QStringList kProviderKeys{
    QStringLiteral("first_name"),  QStringLiteral("last_name"), QStringLiteral("credentials"),
    QStringLiteral("npi"),         QStringLiteral("taxonomy"),  QStringLiteral("specialties"),
    QStringLiteral("claim_roles"), QStringLiteral("external"),  QStringLiteral("active")};

}  // namespace

TEST_CASE(
    "fhir export writes valid R4 NDJSON and a Bundle that import turns into the same practice",
    "[cli][fhir]")
{
    fd::test::TempDir dir;
    const QString source = dir.file(QStringLiteral("demo.db"));
    makeDemo(source);
    const QString out = dir.file(QStringLiteral("export"));
    auto exported =
        runCli({QStringLiteral("fhir"), QStringLiteral("export"), QStringLiteral("--db"), source,
                QStringLiteral("--out"), out, QStringLiteral("--json")},
               env());
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(exported.out)
                                   .object()
                                   .value(QStringLiteral("resources"))
                                   .toObject();
    const QJsonArray payers = list(QStringLiteral("payers"), source);
    const QJsonArray locations = list(QStringLiteral("locations"), source);
    const QJsonArray providers = list(QStringLiteral("providers"), source);
    CHECK(counts.value(QStringLiteral("Organization")).toInt() ==
          payers.size() + 1);  // the practice too
    CHECK(counts.value(QStringLiteral("Location")).toInt() == locations.size());
    CHECK(counts.value(QStringLiteral("Practitioner")).toInt() == providers.size());
    CHECK(counts.value(QStringLiteral("PractitionerRole")).toInt() >= 1);
    // The registry: a Patient per patient, a RelatedPerson per patient with a guarantor, a
    // Coverage per coverage (the demo has families with a shared guarantor and insured patients).
    CHECK(counts.value(QStringLiteral("Patient")).toInt() >= 400);
    CHECK(counts.value(QStringLiteral("RelatedPerson")).toInt() >= 10);
    CHECK(counts.value(QStringLiteral("Coverage")).toInt() >= 300);

    // Every resource on its own, and the bundle, through both validators.
    QStringList files{QDir(out).filePath(QStringLiteral("bundle.json"))};
    int total = 0;
    for (const QString& type : counts.keys()) {
        const QStringList lines = readLines(QDir(out).filePath(type + QStringLiteral(".ndjson")));
        CHECK(lines.size() == counts.value(type).toInt());
        for (int i = 0; i < lines.size(); ++i) {
            const QString file = dir.file(QStringLiteral("%1-%2.json").arg(type).arg(i));
            writeLines(file, {lines.at(i)});
            files << file;
            ++total;
        }
    }
    QFile bundleFile(files.first());
    REQUIRE(bundleFile.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(bundleFile.readAll()).object();
    CHECK(bundle.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));
    CHECK(bundle.value(QStringLiteral("entry")).toArray().size() == total);
    REQUIRE(fd::test::fhirValidatorInstalled());  // installer/dev.sh installs it; never skipped
    QProcess node;
    node.start(QStringLiteral("node"), QStringList{fd::test::fhirValidatorScript()} + files);
    REQUIRE(node.waitForFinished(180000));
    const QByteArray verdict = node.readAllStandardOutput() + node.readAllStandardError();
    INFO(verdict.toStdString());
    CHECK(node.exitCode() == 0);
    CHECK(verdict.contains(QByteArray::number(total + 1) + " file(s) checked, 0 problem(s)"));

    // The export is audited as one.
    auto audit =
        runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), source,
                QStringLiteral("--action"), QStringLiteral("export"), QStringLiteral("--json")},
               env());
    REQUIRE(audit.exitCode == 0);
    const QJsonArray exports = QJsonDocument::fromJson(audit.out).array();
    REQUIRE(exports.size() == 1);
    CHECK(exports.at(0).toObject().value(QStringLiteral("entity")).toString() ==
          QStringLiteral("fhir"));
    const QStringList sourcePatients = patientsCsv(dir, source);
    CHECK(sourcePatients.size() == counts.value(QStringLiteral("Patient")).toInt() + 1);  // header

    // NDJSON into one new practice, the Bundle into another: both match the source.
    for (const bool useBundle : {false, true}) {
        const QString target = dir.file(useBundle ? QStringLiteral("from-bundle.db")
                                                  : QStringLiteral("from-ndjson.db"));
        makeEmpty(target);
        QStringList args{QStringLiteral("fhir"), QStringLiteral("import"), QStringLiteral("--db"),
                         target, QStringLiteral("--json")};
        if (useBundle)
            args << files.first();
        else
            for (const QString& type : counts.keys())
                args << QDir(out).filePath(type + QStringLiteral(".ndjson"));
        auto imported = runCli(args, env());
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
        CHECK(report.value(QStringLiteral("imported"))
                  .toObject()
                  .value(QStringLiteral("Practitioner"))
                  .toInt() == providers.size());
        const QJsonArray newLocations = list(QStringLiteral("locations"), target);
        CHECK(comparable(list(QStringLiteral("payers"), target), kPayerKeys) ==
              comparable(payers, kPayerKeys));
        CHECK(comparable(newLocations, kLocationKeys) == comparable(locations, kLocationKeys));
        CHECK(comparable(list(QStringLiteral("providers"), target), kProviderKeys,
                         locationNames(newLocations)) ==
              comparable(providers, kProviderKeys, locationNames(locations)));
        for (const QString& type :
             {QStringLiteral("Patient"), QStringLiteral("RelatedPerson"), QStringLiteral("Coverage")})
            CHECK(report.value(QStringLiteral("imported")).toObject().value(type).toInt() ==
                  counts.value(type).toInt());
        CHECK(patientsCsv(dir, target) == sourcePatients);

        // The same files again change nothing: every patient is found by its account number.
        auto again = runCli(args, env());
        INFO(again.err.toStdString());
        REQUIRE(again.exitCode == 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out).object();
        CHECK(second.value(QStringLiteral("imported")).toObject().value(QStringLiteral("Patient")).toInt() == 0);
        for (const QString& type :
             {QStringLiteral("Patient"), QStringLiteral("RelatedPerson"), QStringLiteral("Coverage")})
            CHECK(second.value(QStringLiteral("skipped")).toObject().value(type).toInt() ==
                  counts.value(type).toInt());
        CHECK(patientsCsv(dir, target) == sourcePatients);
    }
}

TEST_CASE(
    "fhir import refuses a malformed line or element with file, line and path, and writes nothing",
    "[cli][fhir]")
{
    fd::test::TempDir dir;
    const QString source = dir.file(QStringLiteral("demo.db"));
    makeDemo(source);
    const QString out = dir.file(QStringLiteral("export"));
    REQUIRE(runCli({QStringLiteral("fhir"), QStringLiteral("export"), QStringLiteral("--db"),
                    source, QStringLiteral("--out"), out},
                   env())
                .exitCode == 0);
    const QString target = dir.file(QStringLiteral("target.db"));
    makeEmpty(target);
    const QString organizations = QDir(out).filePath(QStringLiteral("Organization.ndjson"));
    const QStringList lines = readLines(organizations);
    REQUIRE(lines.size() >= 6);

    SECTION("a line that is not JSON")
    {
        QStringList broken = lines;
        broken[4] = broken[4].left(broken[4].size() / 2);
        writeLines(organizations, broken);
        auto r = runCli({QStringLiteral("fhir"), QStringLiteral("import"), QStringLiteral("--db"),
                         target, organizations},
                        env());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("Organization.ndjson line 5: not JSON"));
    }
    SECTION("a valid line with a bad element, after payers that were fine")
    {
        QStringList broken = lines;
        QJsonObject payer = QJsonDocument::fromJson(broken[5].toUtf8()).object();
        payer.insert(QStringLiteral("name"), 42);
        broken[5] = QString::fromUtf8(QJsonDocument(payer).toJson(QJsonDocument::Compact));
        writeLines(organizations, broken);
        auto r = runCli({QStringLiteral("fhir"), QStringLiteral("import"), QStringLiteral("--db"),
                         target, organizations},
                        env());
        CHECK(r.exitCode == 1);
        INFO(r.err.toStdString());
        CHECK(r.err.contains("Nothing was imported"));
        CHECK(r.err.contains("Organization.ndjson line 6: Organization.name: expected a string"));
    }
    SECTION("a coverage whose payor is neither in the import nor a payer of the practice")
    {
        const QString coverages = QDir(out).filePath(QStringLiteral("Coverage.ndjson"));
        QStringList broken = readLines(coverages);
        REQUIRE(broken.size() >= 3);
        QJsonObject coverage = QJsonDocument::fromJson(broken[2].toUtf8()).object();
        coverage.insert(QStringLiteral("payor"),
                        QJsonArray{QJsonObject{{QStringLiteral("reference"),
                                                QStringLiteral("Organization/no-such-payer")}}});
        broken[2] = QString::fromUtf8(QJsonDocument(coverage).toJson(QJsonDocument::Compact));
        writeLines(coverages, broken);
        auto r = runCli({QStringLiteral("fhir"), QStringLiteral("import"), QStringLiteral("--db"),
                         target, organizations, QDir(out).filePath(QStringLiteral("Patient.ndjson")),
                         coverages},
                        env());
        CHECK(r.exitCode == 1);
        INFO(r.err.toStdString());
        CHECK(r.err.contains("Nothing was imported"));
        CHECK(r.err.contains("Coverage.ndjson line 3: Coverage.payor[0].reference: "
                             "Organization/no-such-payer"));
    }
    CHECK(list(QStringLiteral("payers"), target).isEmpty());
    CHECK(list(QStringLiteral("locations"), target).isEmpty());
    CHECK(list(QStringLiteral("providers"), target).isEmpty());
    CHECK(patientsCsv(dir, target).size() == 1);  // the header alone: no patient
}
