// Reading patient CSV files: columns to fields, cells to records, the registry's checks per row.
#include "patients/core/patient_csv_reader.h"

#include "patients/core/patient_context.h"
#include "patients/core/patient_validation.h"
#include "practice/core/code_set_parser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <array>

namespace fd::patients {

namespace {

// The canonical names, in export order.
const QStringList& fields()
{
    static const QStringList list{QStringLiteral("account_number"),
                                  QStringLiteral("last_name"),
                                  QStringLiteral("first_name"),
                                  QStringLiteral("middle_name"),
                                  QStringLiteral("suffix"),
                                  QStringLiteral("preferred_name"),
                                  QStringLiteral("birth_date"),
                                  QStringLiteral("sex"),
                                  QStringLiteral("phone"),
                                  QStringLiteral("home_phone"),
                                  QStringLiteral("work_phone"),
                                  QStringLiteral("email"),
                                  QStringLiteral("address1"),
                                  QStringLiteral("address2"),
                                  QStringLiteral("city"),
                                  QStringLiteral("state"),
                                  QStringLiteral("zip"),
                                  QStringLiteral("preferred_language"),
                                  QStringLiteral("status"),
                                  QStringLiteral("payer_id"),
                                  QStringLiteral("member_id"),
                                  QStringLiteral("group_number"),
                                  QStringLiteral("plan_name"),
                                  QStringLiteral("coverage_start")};
    return list;
}

// "Date of Birth" -> "date_of_birth".
QString normalizedHeader(const QString& header)
{
    QString out;
    for (const QChar c : header.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

// Common spellings of each field's header in other systems' exports (normalized).
QString fieldForHeader(const QString& header)
{
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char* field, std::initializer_list<const char*> names) {
            h.insert(QString::fromLatin1(field), QString::fromLatin1(field));
            for (const char* n : names)
                h.insert(QString::fromLatin1(n), QString::fromLatin1(field));
        };
        add("account_number", {"account", "account_no", "acct", "acct_no", "account_id",
                               "patient_account", "chart_number"});
        add("last_name", {"lastname", "last", "surname", "family_name", "patient_last_name"});
        add("first_name", {"firstname", "first", "given_name", "patient_first_name"});
        add("middle_name", {"middlename", "middle", "middle_initial", "mi"});
        add("suffix", {"name_suffix"});
        add("preferred_name", {"nickname", "goes_by"});
        add("birth_date", {"dob", "birthdate", "date_of_birth", "birth_day", "birthday"});
        add("sex", {"gender", "administrative_sex", "sex_at_birth"});
        add("phone", {"phone_number", "mobile", "mobile_phone", "cell", "cell_phone", "telephone"});
        add("home_phone", {"phone_home", "home"});
        add("work_phone", {"phone_work", "work", "business_phone"});
        add("email", {"e_mail", "email_address"});
        add("address1",
            {"address", "address_1", "address_line_1", "street", "street_address", "line1"});
        add("address2", {"address_2", "address_line_2", "line2", "apt", "suite"});
        add("city", {"town"});
        add("state", {"st", "state_code", "province"});
        add("zip", {"zip_code", "zipcode", "postal_code", "postcode"});
        add("preferred_language", {"language"});
        add("status", {"patient_status"});
        add("payer_id", {"payer", "insurance", "insurance_payer_id", "payer_name"});
        add("member_id", {"subscriber_id", "insurance_id", "policy_number", "member_number"});
        add("group_number", {"group", "group_id", "group_no"});
        add("plan_name", {"plan", "insurance_plan"});
        add("coverage_start", {"effective_date", "coverage_effective_date", "effective_from"});
        return h;
    }();
    return aliases.value(normalizedHeader(header));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::patients", text);
}

QChar detectSeparator(const QString& text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n'))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

std::optional<AdministrativeSex> parseSex(const QString& text)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("u") || s == QLatin1String("unknown"))
        return AdministrativeSex::Unknown;
    if (s == QLatin1String("m") || s == QLatin1String("male"))
        return AdministrativeSex::Male;
    if (s == QLatin1String("f") || s == QLatin1String("female"))
        return AdministrativeSex::Female;
    return std::nullopt;
}

// Reads one record into a patient and coverage; the cells a field cannot even be read from
// are reported here, the rest by the registry's validation.
class RowReader
{
public:
    RowReader(const PatientCsvPreview& preview, const PatientCsvLookups& lookups, int row, int line,
              const QStringList& cells)
        : m_preview(preview), m_lookups(lookups), m_row(row), m_line(line), m_cells(cells)
    {
    }

    PatientCsvRow read(std::vector<PatientCsvProblem>& problems);

private:
    QString cell(const QString& field) const
    {
        const qsizetype column = m_preview.columnFields.indexOf(field);
        return column < 0 ? QString() : m_cells.value(column).trimmed();
    }
    void problem(const QString& field, const QString& message)
    {
        const qsizetype column = m_preview.columnFields.indexOf(field);
        m_problems.push_back(
            {m_row, m_line, column < 0 ? QString() : m_preview.headers.at(column), field, message});
    }
    bool hasProblem(const QString& field) const
    {
        return std::any_of(m_problems.begin(), m_problems.end(),
                           [&](const auto& p) { return p.field == field; });
    }
    void readCoverage(PatientCsvRow& row);
    void validate(PatientCsvRow& row);
    QString fieldOfKey(const QString& key) const;

    const PatientCsvPreview& m_preview;
    const PatientCsvLookups& m_lookups;
    int m_row;
    int m_line;
    const QStringList& m_cells;
    std::vector<PatientCsvProblem> m_problems;
    QStringList m_phoneFields;  // the field each of patient.phones came from
};

PatientCsvRow RowReader::read(std::vector<PatientCsvProblem>& problems)
{
    PatientCsvRow row{m_row, m_line, {}, std::nullopt};
    Patient& p = row.patient;
    p.accountNumber = cell(QStringLiteral("account_number"));
    static const QRegularExpression accountForm(QStringLiteral("^[A-Za-z0-9-]{1,20}$"));
    if (!p.accountNumber.isEmpty() && !accountForm.match(p.accountNumber).hasMatch())
        problem(QStringLiteral("account_number"),
                QCoreApplication::translate(
                    "fd::patients",
                    "\"%1\" is not an account number (1 to 20 letters, digits and dashes).")
                    .arg(p.accountNumber));
    p.lastName = cell(QStringLiteral("last_name"));
    p.firstName = cell(QStringLiteral("first_name"));
    p.middleName = cell(QStringLiteral("middle_name"));
    p.suffix = cell(QStringLiteral("suffix"));
    p.preferredName = cell(QStringLiteral("preferred_name"));
    const QString birth = cell(QStringLiteral("birth_date"));
    p.birthDate = parseCsvDate(birth);
    if (!birth.isEmpty() && !p.birthDate.isValid())
        problem(QStringLiteral("birth_date"),
                QCoreApplication::translate("fd::patients",
                                            "\"%1\" is not a date (YYYY-MM-DD or MM/DD/YYYY).")
                    .arg(birth));
    if (const auto sex = parseSex(cell(QStringLiteral("sex"))))
        p.sex = *sex;
    else
        problem(QStringLiteral("sex"),
                QCoreApplication::translate("fd::patients",
                                            "\"%1\" is not a sex for claims (M, F or U).")
                    .arg(cell(QStringLiteral("sex"))));
    for (const auto& [field, type] :
         {std::pair{QStringLiteral("phone"), QStringLiteral("mobile")},
          std::pair{QStringLiteral("home_phone"), QStringLiteral("home")},
          std::pair{QStringLiteral("work_phone"), QStringLiteral("work")}}) {
        const QString number = cell(field);
        if (number.isEmpty())
            continue;
        p.phones.append({type, number, false});  // consent to texts is never assumed from a file
        m_phoneFields << field;
    }
    p.email = cell(QStringLiteral("email"));
    p.address = {cell(QStringLiteral("address1")), cell(QStringLiteral("address2")),
                 cell(QStringLiteral("city")), cell(QStringLiteral("state")).toUpper(),
                 cell(QStringLiteral("zip"))};
    if (const QString language = cell(QStringLiteral("preferred_language")); !language.isEmpty())
        p.preferredLanguage = language;
    if (const QString status = cell(QStringLiteral("status")); !status.isEmpty()) {
        if (const auto s = statusFromId(status.toLower()))
            p.status = *s;
        else
            problem(QStringLiteral("status"),
                    QCoreApplication::translate(
                        "fd::patients", "\"%1\" is not a status (active, inactive or deceased).")
                        .arg(status));
    }
    readCoverage(row);
    validate(row);
    if (!p.accountNumber.isEmpty() && m_lookups.accountTaken &&
        m_lookups.accountTaken(p.accountNumber))
        problem(QStringLiteral("account_number"),
                QCoreApplication::translate("fd::patients",
                                            "the account number %1 belongs to an existing patient.")
                    .arg(p.accountNumber));
    std::move(m_problems.begin(), m_problems.end(), std::back_inserter(problems));
    return row;
}

void RowReader::readCoverage(PatientCsvRow& row)
{
    const QString payer = cell(QStringLiteral("payer_id"));
    const QString member = cell(QStringLiteral("member_id"));
    const QString group = cell(QStringLiteral("group_number"));
    const QString plan = cell(QStringLiteral("plan_name"));
    const QString start = cell(QStringLiteral("coverage_start"));
    if (payer.isEmpty() && member.isEmpty() && group.isEmpty() && plan.isEmpty() && start.isEmpty())
        return;
    Coverage c;
    c.memberId = member;
    c.groupNumber = group;
    c.planName = plan;
    c.effectiveFrom = start.isEmpty() ? m_lookups.today : parseCsvDate(start);
    if (!start.isEmpty() && !c.effectiveFrom.isValid())
        problem(QStringLiteral("coverage_start"),
                QCoreApplication::translate("fd::patients",
                                            "\"%1\" is not a date (YYYY-MM-DD or MM/DD/YYYY).")
                    .arg(start));
    if (payer.isEmpty()) {
        problem(QStringLiteral("payer_id"),
                QCoreApplication::translate("fd::patients",
                                            "a coverage needs the payer (its payer id or name)."));
    } else {
        const QStringList ids = m_lookups.payers.value(payerLookupKey(payer));
        if (ids.isEmpty())
            problem(QStringLiteral("payer_id"),
                    QCoreApplication::translate(
                        "fd::patients", "\"%1\" is not a payer of the practice's payer list.")
                        .arg(payer));
        else if (ids.size() > 1)
            problem(
                QStringLiteral("payer_id"),
                QCoreApplication::translate(
                    "fd::patients", "\"%1\" names %2 payers of the practice; use the payer's name.")
                    .arg(payer)
                    .arg(ids.size()));
        else
            c.payerId = ids.front();
    }
    if (!c.payerId.isEmpty() && !hasProblem(QStringLiteral("coverage_start"))) {
        c.patientId = QStringLiteral("-");  // validateCoverage wants an owner; set on import
        if (auto valid = validateCoverage(c); !valid) {
            QString field = valid.error().details;
            if (field == QLatin1String("effective_from"))
                field = QStringLiteral("coverage_start");
            problem(fields().contains(field) ? field : QStringLiteral("member_id"),
                    valid.error().message);
        }
        c.patientId.clear();
    }
    row.coverage = c;
}

// The file field a validation key names ("address.state" -> "state", "phones[1].number" -> the
// phone column it came from).
QString RowReader::fieldOfKey(const QString& key) const
{
    static const QRegularExpression phone(QStringLiteral("^phones\\[(\\d+)\\]"));
    if (const auto m = phone.match(key); m.hasMatch())
        return m_phoneFields.value(m.captured(1).toInt());
    static const QHash<QString, QString> address{
        {QStringLiteral("address.line1"), QStringLiteral("address1")},
        {QStringLiteral("address.line2"), QStringLiteral("address2")},
        {QStringLiteral("address.city"), QStringLiteral("city")},
        {QStringLiteral("address.state"), QStringLiteral("state")},
        {QStringLiteral("address.zip"), QStringLiteral("zip")}};
    return address.value(key, key);
}

// The registry's validation reports the first bad field; each one found is set to a value that
// passes and the record checked again, so every bad column of the row is listed.
void RowReader::validate(PatientCsvRow& row)
{
    Patient probe = row.patient;
    QStringList phoneFields = m_phoneFields;
    if (hasProblem(QStringLiteral("birth_date")))
        probe.birthDate = QDate(2000, 1, 1);
    for (int round = 0; round < 16; ++round) {
        const Status valid = validatePatient(probe, m_lookups.today);
        if (valid)
            return;
        const QString key = valid.error().details;
        static const QRegularExpression phone(QStringLiteral("^phones\\[(\\d+)\\]"));
        const auto phoneMatch = phone.match(key);
        const QString field = phoneMatch.hasMatch()
                                  ? phoneFields.value(phoneMatch.captured(1).toInt())
                                  : fieldOfKey(key);
        problem(field.isEmpty() ? key : field, valid.error().message);
        if (phoneMatch.hasMatch()) {
            const int i = phoneMatch.captured(1).toInt();
            probe.phones.removeAt(i);
            phoneFields.removeAt(i);
        } else if (key == QLatin1String("first_name") || key == QLatin1String("last_name")) {
            (key == QLatin1String("first_name") ? probe.firstName : probe.lastName) =
                QStringLiteral("Placeholder");
        } else if (key == QLatin1String("middle_name") || key == QLatin1String("preferred_name")) {
            (key == QLatin1String("middle_name") ? probe.middleName : probe.preferredName).clear();
        } else if (key == QLatin1String("birth_date")) {
            probe.birthDate = QDate(2000, 1, 1);
        } else if (key == QLatin1String("address.line1")) {
            probe.address.line1 = QStringLiteral("1 Placeholder St");
        } else if (key == QLatin1String("address.city")) {
            probe.address.city = QStringLiteral("Placeholder");
        } else if (key == QLatin1String("address.state")) {
            probe.address.state = QStringLiteral("NY");
        } else if (key == QLatin1String("address.zip")) {
            probe.address.zip = QStringLiteral("12207");
        } else if (key == QLatin1String("email")) {
            probe.email.clear();
        } else if (key == QLatin1String("preferred_language")) {
            probe.preferredLanguage.clear();
        } else {
            return;  // nothing more can be told apart for this row
        }
    }
}

// Which field each column holds: from the mapping, or by common header names.
void matchColumns(PatientCsvPreview& preview, const std::optional<PatientCsvMapping>& mapping)
{
    QHash<QString, QString> columnOfField;
    for (const QString& header : std::as_const(preview.headers)) {
        QString field;
        if (mapping) {
            const auto it = std::find_if(
                mapping->constKeyValueBegin(), mapping->constKeyValueEnd(), [&](const auto& kv) {
                    return kv.first.trimmed().compare(header.trimmed(), Qt::CaseInsensitive) == 0;
                });
            if (it != mapping->constKeyValueEnd())
                field = (*it).second;
        } else {
            field = fieldForHeader(header);
        }
        if (!field.isEmpty() && columnOfField.contains(field)) {
            preview.problems.push_back({1, 1, header, field,
                                        tr("the column holds %1, as column \"%2\" does already.")
                                            .arg(field, columnOfField.value(field))});
            field.clear();
        }
        if (field.isEmpty() && (!mapping || !mapping->contains(header)))
            preview.unmatchedColumns << header;
        if (!field.isEmpty())
            columnOfField.insert(field, header);
        preview.columnFields << field;
    }
    if (mapping) {
        for (auto it = mapping->constBegin(); it != mapping->constEnd(); ++it) {
            const bool present =
                std::any_of(preview.headers.begin(), preview.headers.end(), [&](const QString& h) {
                    return h.trimmed().compare(it.key().trimmed(), Qt::CaseInsensitive) == 0;
                });
            if (!present)
                preview.problems.push_back(
                    {1, 1, it.key(), it.value(),
                     tr("the mapping names column \"%1\", which the file does not have.")
                         .arg(it.key())});
        }
    }
    for (const char* required : {"last_name", "first_name", "birth_date"}) {
        const QString field = QString::fromLatin1(required);
        if (!columnOfField.contains(field))
            preview.problems.push_back(
                {1,
                 1,
                 {},
                 field,
                 tr("no column holds %1 (the header row must name it, or the mapping).")
                     .arg(field)});
    }
}

}  // namespace

QStringList patientCsvFields()
{
    return fields();
}

QString payerLookupKey(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

QDate parseCsvDate(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})$"));
    if (const auto m = us.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    for (const char* format : {"yyyy-MM-dd", "yyyyMMdd"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

QString PatientCsvProblem::text() const
{
    QString where = row > 0 ? QCoreApplication::translate("fd::patients", "row %1").arg(row)
                            : QCoreApplication::translate("fd::patients", "file");
    if (line > 0 && line != row)
        where += QCoreApplication::translate("fd::patients", " (line %1)").arg(line);
    if (!column.isEmpty())
        where += QCoreApplication::translate("fd::patients", ", column \"%1\"").arg(column);
    if (!field.isEmpty() && field != column)
        where += QStringLiteral(" (%1)").arg(field);
    return where + QStringLiteral(": ") + message;
}

Error PatientCsvPreview::refusal() const
{
    QStringList lines;
    QSet<int> rowsWithProblems;
    for (const PatientCsvProblem& p : problems) {
        lines << p.text();
        rowsWithProblems.insert(p.row);
    }
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate(
            "fd::patients",
            "The patient file was refused: %1 problems in %2 rows; nothing was imported.")
            .arg(problems.size())
            .arg(rowsWithProblems.size()),
        lines.join(QLatin1Char('\n')));
}

Result<PatientCsvMapping> parsePatientCsvMapping(const QByteArray& json, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(
            ErrorCode::InvalidInput,
            tr("The mapping file %1 is not a JSON object {\"column header\": \"field\"}.")
                .arg(fileName),
            error.error != QJsonParseError::NoError
                ? tr("offset %1: %2").arg(error.offset).arg(error.errorString())
                : QString());
    PatientCsvMapping mapping;
    QStringList problems;
    QHash<QString, QString> headerOfField;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = it.value().toString().trimmed();
        if (!it.value().isString() || (!field.isEmpty() && !fields().contains(field))) {
            problems << tr("\"%1\": \"%2\" is not a field (%3, or \"\" to ignore the column)")
                            .arg(it.key(), it.value().toVariant().toString(),
                                 fields().join(QStringLiteral(", ")));
            continue;
        }
        if (!field.isEmpty() && headerOfField.contains(field)) {
            problems << tr("\"%1\": %2 is already the field of column \"%3\"")
                            .arg(it.key(), field, headerOfField.value(field));
            continue;
        }
        if (!field.isEmpty())
            headerOfField.insert(field, it.key());
        mapping.insert(it.key(), field);
    }
    if (problems.isEmpty() && mapping.isEmpty())
        problems << tr("the mapping names no column");
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("The mapping file %1 is refused.").arg(fileName),
                         problems.join(QLatin1Char('\n')));
    return mapping;
}

PatientCsvPreview readPatientCsv(const QByteArray& csv,
                                 const std::optional<PatientCsvMapping>& mapping,
                                 const PatientCsvLookups& lookups)
{
    PatientCsvPreview preview;
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError()) {
        preview.problems.push_back(
            {0, 0, {}, {}, tr("the file is not UTF-8 text; save it as CSV UTF-8 and try again.")});
        return preview;
    }
    preview.separator = detectSeparator(text);
    const practice::CsvReadResult read = practice::readCsv(text, preview.separator);
    if (read.unterminatedQuoteLine > 0) {
        preview.problems.push_back(
            {0, read.unterminatedQuoteLine, {}, {}, tr("a quoted value is never closed.")});
        return preview;
    }
    if (read.records.empty()) {
        preview.problems.push_back({0, 0, {}, {}, tr("the file is empty.")});
        return preview;
    }
    for (const QString& h : read.records.front().fields)
        preview.headers << h.trimmed();
    matchColumns(preview, mapping);
    if (!preview.problems.empty())
        return preview;
    QHash<QString, int> rowOfAccount;
    int extraLines = 0;  // line breaks inside quoted values so far (a spreadsheet row spans them)
    for (const QString& f : read.records.front().fields)
        extraLines += int(f.count(QLatin1Char('\n')));
    preview.rows.reserve(read.records.size() - 1);
    for (std::size_t i = 1; i < read.records.size(); ++i) {
        const practice::CsvRecord& record = read.records.at(i);
        const int row = record.line - extraLines;
        for (const QString& f : record.fields)
            extraLines += int(f.count(QLatin1Char('\n')));
        if (record.fields.size() != preview.headers.size()) {
            preview.problems.push_back({row,
                                        record.line,
                                        {},
                                        {},
                                        tr("the row has %1 values, the header %2.")
                                            .arg(record.fields.size())
                                            .arg(preview.headers.size())});
            continue;
        }
        RowReader reader(preview, lookups, row, record.line, record.fields);
        PatientCsvRow parsed = reader.read(preview.problems);
        const QString account = parsed.patient.accountNumber;
        if (!account.isEmpty()) {
            if (const auto first = rowOfAccount.constFind(account);
                first != rowOfAccount.constEnd()) {
                const qsizetype column =
                    preview.columnFields.indexOf(QStringLiteral("account_number"));
                preview.problems.push_back(
                    {row, record.line, preview.headers.at(column), QStringLiteral("account_number"),
                     tr("the account number %1 appears again (first in row %2).")
                         .arg(account)
                         .arg(first.value())});
            } else {
                rowOfAccount.insert(account, row);
            }
        }
        preview.rows.push_back(std::move(parsed));
    }
    if (preview.rows.empty() && preview.problems.empty())
        preview.problems.push_back(
            {0, 0, {}, {}, tr("the file holds no patients, only a header row.")});
    return preview;
}

QByteArray csvRecord(const QStringList& values)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString& v = values.at(i);
        const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
                           v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
                           v.contains(QLatin1Char(';')) || v != v.trimmed();
        if (quote)
            out +=
                '"' + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
        else
            out += v.toUtf8();
    }
    out += "\r\n";
    return out;
}

}  // namespace fd::patients
