// The intake questionnaire's fields and the two readers: a FHIR QuestionnaireResponse and the
// practice server's intake JSON.
#include "patients/core/patient_intake.h"

#include "fhir/fhir_primitives.h"
#include "fhir/fhir_reader.h"
#include "patients/core/patient_context.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::patients {

namespace intake {

namespace {

std::vector<FieldSpec> makeFields()
{
    using T = ValueType;
    const QStringList sexes{QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("U")};
    return {
        {QStringLiteral("name.first"),
         QT_TRANSLATE_NOOP("fd::patients", "First name"),
         T::String,
         {}},
        {QStringLiteral("name.middle"),
         QT_TRANSLATE_NOOP("fd::patients", "Middle name"),
         T::String,
         {}},
        {QStringLiteral("name.last"),
         QT_TRANSLATE_NOOP("fd::patients", "Last name"),
         T::String,
         {}},
        {QStringLiteral("name.suffix"), QT_TRANSLATE_NOOP("fd::patients", "Suffix"), T::String, {}},
        {QStringLiteral("name.preferred"),
         QT_TRANSLATE_NOOP("fd::patients", "Preferred name"),
         T::String,
         {}},
        {QStringLiteral("birthDate"),
         QT_TRANSLATE_NOOP("fd::patients", "Date of birth"),
         T::Date,
         {}},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("fd::patients", "Sex for insurance claims"),
         T::Code, sexes},
        {QStringLiteral("genderIdentity"),
         QT_TRANSLATE_NOOP("fd::patients", "Gender identity"),
         T::String,
         {}},
        {QStringLiteral("pronouns"), QT_TRANSLATE_NOOP("fd::patients", "Pronouns"), T::String, {}},
        {QStringLiteral("address.line1"),
         QT_TRANSLATE_NOOP("fd::patients", "Address"),
         T::String,
         {}},
        {QStringLiteral("address.line2"),
         QT_TRANSLATE_NOOP("fd::patients", "Address line 2"),
         T::String,
         {}},
        {QStringLiteral("address.city"), QT_TRANSLATE_NOOP("fd::patients", "City"), T::String, {}},
        {QStringLiteral("address.state"),
         QT_TRANSLATE_NOOP("fd::patients", "State"),
         T::String,
         {}},
        {QStringLiteral("address.zip"),
         QT_TRANSLATE_NOOP("fd::patients", "ZIP code"),
         T::String,
         {}},
        {QStringLiteral("phone.mobile"),
         QT_TRANSLATE_NOOP("fd::patients", "Mobile phone"),
         T::String,
         {}},
        {QStringLiteral("phone.mobile.smsConsent"),
         QT_TRANSLATE_NOOP("fd::patients", "Text messages allowed"),
         T::Boolean,
         {}},
        {QStringLiteral("phone.home"),
         QT_TRANSLATE_NOOP("fd::patients", "Home phone"),
         T::String,
         {}},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("fd::patients", "Email"), T::String, {}},
        {QStringLiteral("email.consent"),
         QT_TRANSLATE_NOOP("fd::patients", "Email allowed"),
         T::Boolean,
         {}},
        {QStringLiteral("language"),
         QT_TRANSLATE_NOOP("fd::patients", "Preferred language"),
         T::Code,
         {}},
        {QStringLiteral("contactMethod"), QT_TRANSLATE_NOOP("fd::patients", "Preferred contact"),
         T::Code, contactMethods()},
        {QStringLiteral("race"), QT_TRANSLATE_NOOP("fd::patients", "Race"), T::Codes,
         ombRaceCodes()},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("fd::patients", "Ethnicity"), T::Codes,
         ombEthnicityCodes()},
        {QStringLiteral("emergency.name"),
         QT_TRANSLATE_NOOP("fd::patients", "Emergency contact"),
         T::String,
         {}},
        {QStringLiteral("emergency.relationship"),
         QT_TRANSLATE_NOOP("fd::patients", "Emergency contact relationship"),
         T::String,
         {}},
        {QStringLiteral("emergency.phone"),
         QT_TRANSLATE_NOOP("fd::patients", "Emergency contact phone"),
         T::String,
         {}},
        {QStringLiteral("employer.name"),
         QT_TRANSLATE_NOOP("fd::patients", "Employer"),
         T::String,
         {}},
        {QStringLiteral("employer.phone"),
         QT_TRANSLATE_NOOP("fd::patients", "Employer phone"),
         T::String,
         {}},
        {QStringLiteral("insurance.payer"),
         QT_TRANSLATE_NOOP("fd::patients", "Insurance company"),
         T::String,
         {}},
        {QStringLiteral("insurance.memberId"),
         QT_TRANSLATE_NOOP("fd::patients", "Member id"),
         T::String,
         {}},
        {QStringLiteral("insurance.groupNumber"),
         QT_TRANSLATE_NOOP("fd::patients", "Group number"),
         T::String,
         {}},
        {QStringLiteral("insurance.relationship"),
         QT_TRANSLATE_NOOP("fd::patients", "Patient's relationship to the subscriber"), T::Code,
         subscriberRelationships()},
        {QStringLiteral("insurance.subscriber.first"),
         QT_TRANSLATE_NOOP("fd::patients", "Subscriber first name"),
         T::String,
         {}},
        {QStringLiteral("insurance.subscriber.last"),
         QT_TRANSLATE_NOOP("fd::patients", "Subscriber last name"),
         T::String,
         {}},
        {QStringLiteral("insurance.subscriber.birthDate"),
         QT_TRANSLATE_NOOP("fd::patients", "Subscriber date of birth"),
         T::Date,
         {}},
    };
}

const QStringList kRequired{QStringLiteral("name.first"), QStringLiteral("name.last"),
                            QStringLiteral("birthDate")};

}  // namespace

const std::vector<FieldSpec>& fields()
{
    static const std::vector<FieldSpec> all = makeFields();
    return all;
}

const FieldSpec* field(const QString& linkId)
{
    for (const FieldSpec& spec : fields())
        if (spec.linkId == linkId)
            return &spec;
    return nullptr;
}

QString fieldLabel(const QString& linkId)
{
    const FieldSpec* spec = field(linkId);
    return spec ? patientsTr(spec->label) : linkId;
}

bool isInsuranceField(const QString& linkId)
{
    return linkId.startsWith(QLatin1String("insurance."));
}

}  // namespace intake

QString IntakeSubmission::value(const QString& field) const
{
    for (const IntakeAnswer& a : answers)
        if (a.field == field)
            return a.value;
    return {};
}

namespace {

using intake::FieldSpec;
using intake::ValueType;

Error badInput(const QString& sourceName, const QString& path, const QString& what)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1: %2: %3").arg(sourceName, path, what), path);
}

// Administrative gender as FHIR spells it, or our own M/F/U.
QString sexFromAnswer(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("male") || c == QLatin1String("m"))
        return QStringLiteral("M");
    if (c == QLatin1String("female") || c == QLatin1String("f"))
        return QStringLiteral("F");
    if (c == QLatin1String("unknown") || c == QLatin1String("u"))
        return QStringLiteral("U");
    return code;
}

// Checks one answered code against the field's list; returns the stored form.
Result<QString> checkCode(const FieldSpec& spec, const QString& code, const QString& source,
                          const QString& path)
{
    const QString value =
        spec.linkId == QLatin1String("sex") ? sexFromAnswer(code) : code.trimmed();
    if (!spec.codes.isEmpty() && !spec.codes.contains(value))
        return badInput(source, path,
                        patientsTr("\"%1\" is not one of %2 (%3).")
                            .arg(code, spec.codes.join(QStringLiteral(", ")), spec.linkId));
    return value;
}

class Collector
{
public:
    explicit Collector(QString source) : m_source(std::move(source)) {}

    Status add(const FieldSpec& spec, const QString& value, const QString& path)
    {
        if (value.trimmed().isEmpty())
            return {};
        for (IntakeAnswer& a : m_answers) {
            if (a.field != spec.linkId)
                continue;
            if (spec.type != ValueType::Codes)
                return badInput(m_source, path,
                                patientsTr("\"%1\" is answered twice.").arg(spec.linkId));
            a.value += QLatin1Char(',') + value;
            return {};
        }
        m_answers.push_back(
            {spec.linkId, spec.type == ValueType::String ? value.trimmed() : value});
        return {};
    }

    Result<std::vector<IntakeAnswer>> finish(const QString& rootPath)
    {
        for (const QString& required : intake::kRequired) {
            const bool found =
                std::any_of(m_answers.begin(), m_answers.end(),
                            [&](const IntakeAnswer& a) { return a.field == required; });
            if (!found)
                return badInput(m_source, rootPath,
                                patientsTr("\"%1\" (%2) is required.")
                                    .arg(required, intake::fieldLabel(required)));
        }
        // The questionnaire's order, so reviews and comparisons read the same way every time.
        std::vector<IntakeAnswer> ordered;
        for (const FieldSpec& spec : intake::fields())
            for (const IntakeAnswer& a : m_answers)
                if (a.field == spec.linkId)
                    ordered.push_back(a);
        return ordered;
    }

private:
    QString m_source;
    std::vector<IntakeAnswer> m_answers;
};

Result<QString> fhirAnswer(const FieldSpec& spec, const fhir::ElementReader& answer,
                           const QString& source)
{
    const auto wrap = [&](const Error& e) {
        return makeError(e.code, QStringLiteral("%1: %2").arg(source, e.message), e.details);
    };
    switch (spec.type) {
        case ValueType::String: {
            auto text = answer.string(QStringLiteral("valueString"), true);
            if (!text)
                return wrap(text.error());
            return text.value();
        }
        case ValueType::Date: {
            auto date = answer.date(QStringLiteral("valueDate"), true);
            if (!date)
                return wrap(date.error());
            return date.value()->toString(Qt::ISODate);
        }
        case ValueType::Boolean: {
            if (!answer.has(QStringLiteral("valueBoolean")))
                return badInput(source, answer.childPath(QStringLiteral("valueBoolean")),
                                patientsTr("required but missing"));
            auto flag = answer.boolean(QStringLiteral("valueBoolean"), false);
            if (!flag)
                return wrap(flag.error());
            return flag.value() ? QStringLiteral("true") : QStringLiteral("false");
        }
        case ValueType::Code:
        case ValueType::Codes: {
            auto coding = answer.object(QStringLiteral("valueCoding"), true);
            if (!coding)
                return wrap(coding.error());
            auto code = (*coding)->code(QStringLiteral("code"), true);
            if (!code)
                return wrap(code.error());
            return checkCode(spec, code.value(), source,
                             (*coding)->childPath(QStringLiteral("code")));
        }
    }
    return QString();
}

Status walkItems(const fhir::ElementReader& parent, Collector& out, const QString& source)
{
    const auto wrap = [&](const Error& e) {
        return makeError(e.code, QStringLiteral("%1: %2").arg(source, e.message), e.details);
    };
    auto items = parent.objects(QStringLiteral("item"));
    if (!items)
        return wrap(items.error());
    for (const fhir::ElementReader& item : items.value()) {
        auto linkId = item.string(QStringLiteral("linkId"), true);
        if (!linkId)
            return wrap(linkId.error());
        auto answers = item.objects(QStringLiteral("answer"));
        if (!answers)
            return wrap(answers.error());
        if (!answers->empty()) {
            const FieldSpec* spec = intake::field(linkId.value());
            if (!spec)
                return badInput(
                    source, item.childPath(QStringLiteral("linkId")),
                    patientsTr("\"%1\" is not a question of the practice's intake questionnaire.")
                        .arg(linkId.value()));
            if (spec->type != ValueType::Codes && answers->size() > 1)
                return badInput(source, item.childPath(QStringLiteral("answer")),
                                patientsTr("\"%1\" takes one answer.").arg(linkId.value()));
            for (const fhir::ElementReader& answer : answers.value()) {
                auto value = fhirAnswer(*spec, answer, source);
                FD_TRY(value);
                FD_TRY(out.add(*spec, value.value(), answer.path()));
                FD_TRY(walkItems(answer, out, source));
            }
        }
        FD_TRY(walkItems(item, out, source));
    }
    return {};
}

Result<IntakeSubmission> readQuestionnaireResponse(const QJsonObject& json, const QString& source)
{
    const fhir::ElementReader root(json, QStringLiteral("QuestionnaireResponse"));
    const auto wrap = [&](const Error& e) {
        return makeError(e.code, QStringLiteral("%1: %2").arg(source, e.message), e.details);
    };
    auto status = root.code(QStringLiteral("status"), true);
    if (!status)
        return wrap(status.error());
    if (status.value() != QLatin1String("completed") && status.value() != QLatin1String("amended"))
        return badInput(source, root.childPath(QStringLiteral("status")),
                        patientsTr("the response is \"%1\", not completed.").arg(status.value()));
    auto canonical = root.string(QStringLiteral("questionnaire"), true);
    if (!canonical)
        return wrap(canonical.error());
    if (canonical->section(QLatin1Char('|'), 0, 0) != intake::kQuestionnaireUrl)
        return badInput(source, root.childPath(QStringLiteral("questionnaire")),
                        patientsTr("\"%1\" is not the practice's intake questionnaire (%2).")
                            .arg(canonical.value(), intake::kQuestionnaireUrl));
    IntakeSubmission submission;
    submission.format = QStringLiteral("fhir");
    submission.sourceName = source;
    auto authored = root.string(QStringLiteral("authored"));
    if (!authored)
        return wrap(authored.error());
    if (!authored->isEmpty()) {
        auto at = fhir::parseDateTime(authored.value());
        if (!at)
            return badInput(
                source, root.childPath(QStringLiteral("authored")),
                patientsTr("\"%1\" is not a date and time with its offset.").arg(authored.value()));
        submission.submittedAt = at->toUTC();
    }
    Collector collector(source);
    FD_TRY(walkItems(root, collector, source));
    auto answers = collector.finish(root.path());
    FD_TRY(answers);
    submission.answers = std::move(answers.value());
    return submission;
}

Result<QString> jsonAnswer(const FieldSpec& spec, const QJsonValue& value, const QString& source,
                           const QString& path)
{
    const auto expected = [&](const QString& what) {
        return badInput(source, path, patientsTr("expected %1").arg(what));
    };
    switch (spec.type) {
        case ValueType::String:
            if (!value.isString())
                return expected(patientsTr("a string"));
            return value.toString();
        case ValueType::Date: {
            if (!value.isString())
                return expected(patientsTr("a date (YYYY-MM-DD)"));
            if (value.toString().isEmpty())
                return QString();
            auto date = fhir::parseDate(value.toString());
            if (!date)
                return badInput(
                    source, path,
                    patientsTr("\"%1\" is not a date (YYYY-MM-DD).").arg(value.toString()));
            return date->toString(Qt::ISODate);
        }
        case ValueType::Boolean:
            if (!value.isBool())
                return expected(patientsTr("true or false"));
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case ValueType::Code:
            if (!value.isString())
                return expected(patientsTr("a code"));
            if (value.toString().isEmpty())
                return QString();
            return checkCode(spec, value.toString(), source, path);
        case ValueType::Codes: {
            if (value.isString())
                return value.toString().isEmpty() ? Result<QString>(QString())
                                                  : checkCode(spec, value.toString(), source, path);
            if (!value.isArray())
                return expected(patientsTr("a list of codes"));
            QStringList codes;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
                if (!array.at(i).isString())
                    return badInput(source, itemPath,
                                    patientsTr("expected %1").arg(patientsTr("a code")));
                auto code = checkCode(spec, array.at(i).toString(), source, itemPath);
                FD_TRY(code);
                codes << code.value();
            }
            return codes.join(QLatin1Char(','));
        }
    }
    return QString();
}

Result<IntakeSubmission> readIntakeJson(const QJsonObject& json, const QString& source)
{
    if (json.value(QStringLiteral("version")).toInt(-1) != 1 ||
        !json.value(QStringLiteral("version")).isDouble())
        return badInput(source, QStringLiteral("version"),
                        patientsTr("only version 1 of the intake format is read."));
    IntakeSubmission submission;
    submission.format = intake::kJsonFormat;
    submission.sourceName = source;
    const QJsonValue at = json.value(QStringLiteral("submittedAt"));
    if (!at.isUndefined()) {
        const auto parsed = at.isString() ? fhir::parseDateTime(at.toString()) : std::nullopt;
        if (!parsed)
            return badInput(
                source, QStringLiteral("submittedAt"),
                patientsTr("expected a date and time with its offset (2025-03-14T09:30:00Z)."));
        submission.submittedAt = parsed->toUTC();
    }
    const QJsonValue answers = json.value(QStringLiteral("answers"));
    if (!answers.isObject())
        return badInput(source, QStringLiteral("answers"),
                        patientsTr("expected an object of answers by linkId"));
    Collector collector(source);
    const QJsonObject map = answers.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString path = QStringLiteral("answers[\"%1\"]").arg(it.key());
        const FieldSpec* spec = intake::field(it.key());
        if (!spec)
            return badInput(
                source, path,
                patientsTr("\"%1\" is not a question of the practice's intake questionnaire.")
                    .arg(it.key()));
        if (it.value().isNull())
            continue;
        auto value = jsonAnswer(*spec, it.value(), source, path);
        FD_TRY(value);
        FD_TRY(collector.add(*spec, value.value(), path));
    }
    auto ordered = collector.finish(QStringLiteral("answers"));
    FD_TRY(ordered);
    submission.answers = std::move(ordered.value());
    return submission;
}

}  // namespace

Result<IntakeSubmission> readIntake(const QByteArray& bytes, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput, patientsTr("%1: not JSON at byte %2: %3")
                                                      .arg(sourceName)
                                                      .arg(parseError.offset)
                                                      .arg(parseError.errorString()));
    if (!doc.isObject())
        return badInput(sourceName, QStringLiteral("$"), patientsTr("expected a JSON object"));
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("resourceType")).toString() ==
        QLatin1String("QuestionnaireResponse"))
        return readQuestionnaireResponse(json, sourceName);
    if (json.value(QStringLiteral("format")).toString() == intake::kJsonFormat)
        return readIntakeJson(json, sourceName);
    return badInput(sourceName, QStringLiteral("$"),
                    patientsTr("neither a FHIR QuestionnaireResponse nor a \"%1\" intake file")
                        .arg(intake::kJsonFormat));
}

QString intakeStatusId(IntakeStatus status)
{
    switch (status) {
        case IntakeStatus::Pending:
            return QStringLiteral("pending");
        case IntakeStatus::Accepted:
            return QStringLiteral("accepted");
        case IntakeStatus::Rejected:
            return QStringLiteral("rejected");
    }
    return {};
}

}  // namespace fd::patients
