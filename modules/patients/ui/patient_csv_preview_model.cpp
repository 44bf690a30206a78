#include "patients/ui/patient_csv_preview_model.h"

#include "patients/ui/patient_form_widgets.h"
#include "patients/ui/patient_search_model.h"

#include <QColor>

namespace fd::patients::ui {

PatientCsvPreviewModel::PatientCsvPreviewModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void PatientCsvPreviewModel::setRows(std::vector<PatientCsvRow> rows,
                                     const std::vector<PatientCsvProblem>& problems,
                                     QHash<QString, QString> payerNames)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_payerNames = std::move(payerNames);
    m_rowOfFileRow.clear();
    m_problems.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rowOfFileRow.insert(m_rows[std::size_t(i)].row, i);
    for (const PatientCsvProblem& problem : problems)
        if (problem.row > 1)
            m_problems[problem.row] << problem.text();
    endResetModel();
}

void PatientCsvPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfFileRow.clear();
    m_problems.clear();
    endResetModel();
}

int PatientCsvPreviewModel::rowOfFileRow(int fileRow) const
{
    return m_rowOfFileRow.value(fileRow, -1);
}

const PatientCsvRow* PatientCsvPreviewModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int PatientCsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientCsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientCsvPreviewModel::text(const PatientCsvRow& r, int column) const
{
    const Patient& p = r.patient;
    const Coverage* c = r.coverage ? &*r.coverage : nullptr;
    switch (column) {
        case FileRow:
            return QString::number(r.row);
        case Account:
            return p.accountNumber.isEmpty() ? tr("(new)") : p.accountNumber;
        case LastName:
            return p.lastName;
        case FirstName:
            return p.firstName;
        case MiddleName:
            return p.middleName;
        case PreferredName:
            return p.preferredName;
        case BirthDate:
            return dateText(p.birthDate);
        case Sex:
            return sexCode(p.sex);
        case Phones: {
            QStringList phones;
            for (const Phone& phone : p.phones)
                phones << phone.number;
            return phones.join(QStringLiteral(", "));
        }
        case Email:
            return p.email;
        case Address:
            return p.address.line2.isEmpty()
                       ? p.address.line1
                       : QStringLiteral("%1, %2").arg(p.address.line1, p.address.line2);
        case City:
            return p.address.city;
        case State:
            return p.address.state;
        case Zip:
            return p.address.zip;
        case Language:
            return p.preferredLanguage;
        case Status:
            return PatientSearchModel::statusText(statusId(p.status));
        case Payer:
            return c ? m_payerNames.value(c->payerId, c->payerId) : QString();
        case MemberId:
            return c ? c->memberId : QString();
        case Group:
            return c ? c->groupNumber : QString();
        case Plan:
            return c ? c->planName : QString();
        case CoverageFrom:
            return c ? dateText(c->effectiveFrom) : QString();
        default:
            return {};
    }
}

QVariant PatientCsvPreviewModel::data(const QModelIndex& index, int role) const
{
    const PatientCsvRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
        case Qt::DisplayRole:
            return text(*r, index.column());
        case Qt::BackgroundRole:
            return m_problems.contains(r->row) ? QVariant(QColor(0xfc, 0xe8, 0xe6)) : QVariant();
        case Qt::ToolTipRole:
            return m_problems.contains(r->row)
                       ? QVariant(m_problems.value(r->row).join(QLatin1Char('\n')))
                       : QVariant();
        default:
            return {};
    }
}

QString PatientCsvPreviewModel::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("account_number"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Account number")},
        {QStringLiteral("last_name"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Last name")},
        {QStringLiteral("first_name"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "First name")},
        {QStringLiteral("middle_name"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Middle name")},
        {QStringLiteral("suffix"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Suffix")},
        {QStringLiteral("preferred_name"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Preferred name")},
        {QStringLiteral("birth_date"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Date of birth")},
        {QStringLiteral("sex"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Sex (M, F, U)")},
        {QStringLiteral("phone"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Mobile phone")},
        {QStringLiteral("home_phone"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Home phone")},
        {QStringLiteral("work_phone"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Work phone")},
        {QStringLiteral("email"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Email")},
        {QStringLiteral("address1"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Street address")},
        {QStringLiteral("address2"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Apartment, suite")},
        {QStringLiteral("city"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "City")},
        {QStringLiteral("state"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "State")},
        {QStringLiteral("zip"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "ZIP code")},
        {QStringLiteral("preferred_language"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Language")},
        {QStringLiteral("status"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Status")},
        {QStringLiteral("payer_id"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Insurance payer")},
        {QStringLiteral("member_id"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Member id")},
        {QStringLiteral("group_number"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Group number")},
        {QStringLiteral("plan_name"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Plan")},
        {QStringLiteral("coverage_start"),
         QT_TRANSLATE_NOOP("fd::patients::ui::PatientCsvPreviewModel", "Coverage from")}};
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

int PatientCsvPreviewModel::columnOfField(const QString& field)
{
    static const QHash<QString, int> columns{{QStringLiteral("account_number"), Account},
                                             {QStringLiteral("last_name"), LastName},
                                             {QStringLiteral("first_name"), FirstName},
                                             {QStringLiteral("middle_name"), MiddleName},
                                             {QStringLiteral("preferred_name"), PreferredName},
                                             {QStringLiteral("birth_date"), BirthDate},
                                             {QStringLiteral("sex"), Sex},
                                             {QStringLiteral("phone"), Phones},
                                             {QStringLiteral("home_phone"), Phones},
                                             {QStringLiteral("work_phone"), Phones},
                                             {QStringLiteral("email"), Email},
                                             {QStringLiteral("address1"), Address},
                                             {QStringLiteral("address2"), Address},
                                             {QStringLiteral("city"), City},
                                             {QStringLiteral("state"), State},
                                             {QStringLiteral("zip"), Zip},
                                             {QStringLiteral("preferred_language"), Language},
                                             {QStringLiteral("status"), Status},
                                             {QStringLiteral("payer_id"), Payer},
                                             {QStringLiteral("member_id"), MemberId},
                                             {QStringLiteral("group_number"), Group},
                                             {QStringLiteral("plan_name"), Plan},
                                             {QStringLiteral("coverage_start"), CoverageFrom}};
    return columns.value(field, FileRow);
}

QVariant PatientCsvPreviewModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case FileRow:
            return tr("Row");
        case Account:
            return tr("Account");
        case LastName:
            return tr("Last name");
        case FirstName:
            return tr("First name");
        case MiddleName:
            return tr("Middle name");
        case PreferredName:
            return tr("Preferred name");
        case BirthDate:
            return tr("Date of birth");
        case Sex:
            return tr("Sex");
        case Phones:
            return tr("Phones");
        case Email:
            return tr("Email");
        case Address:
            return tr("Address");
        case City:
            return tr("City");
        case State:
            return tr("State");
        case Zip:
            return tr("ZIP");
        case Language:
            return tr("Language");
        case Status:
            return tr("Status");
        case Payer:
            return tr("Payer");
        case MemberId:
            return tr("Member id");
        case Group:
            return tr("Group");
        case Plan:
            return tr("Plan");
        case CoverageFrom:
            return tr("Coverage from");
        default:
            return {};
    }
}

}  // namespace fd::patients::ui
