#include "patients/ui/guarantor_page.h"

#include "patients/ui/patient_form_widgets.h"
#include "patients/ui/patient_search_model.h"
#include "practice/ui/field_errors.h"
#include "practice/ui/practice_table_model.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {

// Another person responsible for the bill (a parent, a spouse who is not a patient).
class GuarantorDialog final : public QDialog
{
public:
    GuarantorDialog(std::shared_ptr<IGuarantorService> service, QWidget* parent)
        : QDialog(parent), m_service(std::move(service)), m_general(new QLabel(this)), m_errors(m_general)
    {
        setObjectName(QStringLiteral("fd.patients.guarantorDialog"));
        setWindowTitle(GuarantorPage::tr("Guarantor"));
        auto* form = new QFormLayout;
        const auto row = [&](const QString& label, QWidget* field, const QString& key) {
            field->setObjectName(key);
            m_errors.addRow(form, label, field, key, this);
        };
        row(GuarantorPage::tr("&First name"), m_first = new QLineEdit(this), QStringLiteral("first_name"));
        row(GuarantorPage::tr("&Last name"), m_last = new QLineEdit(this), QStringLiteral("last_name"));
        row(GuarantorPage::tr("Date of &birth"), m_birth = new DateEdit(this), QStringLiteral("birth_date"));
        m_address = new StateAddressEditor(QStringLiteral("address"), m_errors, this);
        form->addRow(GuarantorPage::tr("Address"), m_address);
        row(GuarantorPage::tr("&Phone"), m_phone = new QLineEdit(this), QStringLiteral("phone"));
        row(GuarantorPage::tr("&Email"), m_email = new QLineEdit(this), QStringLiteral("email"));
        row(GuarantorPage::tr("E&mployer"), m_employer = new QLineEdit(this), QStringLiteral("employer"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_general);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }

    Result<Guarantor> saved = makeError(ErrorCode::NotFound, QString());

private:
    void save()
    {
        m_errors.clear();
        if (!m_birth->dateOk()) {
            m_errors.showAt(QStringLiteral("birth_date"), GuarantorPage::tr("Type the date as MM/DD/YYYY."));
            return;
        }
        Guarantor g;
        g.firstName = m_first->text().trimmed();
        g.lastName = m_last->text().trimmed();
        g.birthDate = m_birth->date();
        g.address = m_address->address();
        g.phone = m_phone->text().trimmed();
        g.email = m_email->text().trimmed();
        g.employer = m_employer->text().trimmed();
        saved = m_service->save(g);
        if (!saved) {
            m_errors.show(saved.error());
            return;
        }
        accept();
    }

    std::shared_ptr<IGuarantorService> m_service;
    QLabel* m_general;
    practice::ui::FieldErrors m_errors;
    QLineEdit* m_first;
    QLineEdit* m_last;
    DateEdit* m_birth;
    StateAddressEditor* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_employer;
};

}  // namespace

GuarantorPage::GuarantorPage(PatientsServices services, QWidget* parent)
    : QWidget(parent),
      m_services(std::move(services)),
      m_current(new QLabel(this)),
      m_message(new QLabel(this)),
      m_self(new QPushButton(tr("The patient is their own &guarantor"), this)),
      m_person(new QPushButton(tr("Another &person…"), this)),
      m_account(new QLineEdit(this)),
      m_useAccount(new QPushButton(tr("&Join that family account"), this)),
      m_family(new practice::ui::PracticeTableModel({tr("Account"), tr("Name"), tr("Date of birth"), tr("Status")}, this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("fd.patients.guarantor"));
    m_current->setObjectName(QStringLiteral("guarantor_name"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_self->setObjectName(QStringLiteral("fd.patients.guarantor.self"));
    m_person->setObjectName(QStringLiteral("fd.patients.guarantor.person"));
    m_account->setObjectName(QStringLiteral("family_account"));
    m_account->setPlaceholderText(tr("Account number of a family member"));
    m_useAccount->setObjectName(QStringLiteral("fd.patients.guarantor.family"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_view->setModel(m_family);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* who = new QGroupBox(tr("Statements go to"), this);
    auto* whoLayout = new QVBoxLayout(who);
    whoLayout->addWidget(m_current);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_self);
    choices->addWidget(m_person);
    choices->addStretch();
    whoLayout->addLayout(choices);
    auto* family = new QHBoxLayout;
    family->addWidget(m_account, 1);
    family->addWidget(m_useAccount);
    whoLayout->addLayout(family);
    auto* members = new QGroupBox(tr("Patients on this account"), this);
    auto* membersLayout = new QVBoxLayout(members);
    membersLayout->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(who);
    layout->addWidget(members, 1);
    connect(m_self, &QPushButton::clicked, this, &GuarantorPage::makeSelf);
    connect(m_person, &QPushButton::clicked, this, &GuarantorPage::enterPerson);
    connect(m_useAccount, &QPushButton::clicked, this, &GuarantorPage::useFamilyAccount);
    connect(m_account, &QLineEdit::returnPressed, this, &GuarantorPage::useFamilyAccount);
}

void GuarantorPage::setEditable(bool editable)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_self, m_person, m_account, m_useAccount})
        w->setEnabled(editable);
}

void GuarantorPage::setPatient(const Patient& patient)
{
    m_patient = patient;
    m_message->hide();
    std::vector<practice::ui::PracticeTableModel::Row> rows;
    if (patient.guarantorId.isEmpty()) {
        m_current->setText(tr("No guarantor yet."));
    } else if (auto g = m_services.guarantors->get(patient.guarantorId); g.ok()) {
        m_current->setText(g->patientId == patient.id ? tr("%1 (the patient)").arg(g->displayName()) : g->displayName());
        if (auto members = m_services.guarantors->patientsOf(patient.guarantorId); members.ok())
            for (const PatientSummary& s : members.value())
                rows.push_back({s.id,
                                {s.accountNumber, s.displayName, dateText(s.birthDate),
                                 PatientSearchModel::statusText(s.status)}});
    } else {
        showError(g.error().message);
    }
    m_family->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
}

void GuarantorPage::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void GuarantorPage::assign(const Result<Guarantor>& guarantor)
{
    if (!guarantor) {
        showError(guarantor.error().message);
        return;
    }
    if (Status status = m_services.guarantors->assign(m_patient.id, guarantor->id); !status) {
        showError(status.error().message);
        return;
    }
    emit patientChanged();
}

void GuarantorPage::makeSelf()
{
    if (!m_patient.id.isEmpty())
        assign(m_services.guarantors->makeSelfGuarantor(m_patient.id));
}

void GuarantorPage::enterPerson()
{
    if (m_patient.id.isEmpty())
        return;
    GuarantorDialog dialog(m_services.guarantors, this);
    if (dialog.exec() == QDialog::Accepted)
        assign(dialog.saved);
}

void GuarantorPage::useFamilyAccount()
{
    const QString account = m_account->text().trimmed();
    if (m_patient.id.isEmpty() || account.isEmpty())
        return;
    auto member = m_services.patients->findByAccountNumber(account);
    if (!member) {
        showError(member.error().message);
        return;
    }
    if (member->guarantorId.isEmpty()) {
        // The family member has none yet: they become the guarantor of both.
        auto self = m_services.guarantors->makeSelfGuarantor(member->id);
        if (!self) {
            showError(self.error().message);
            return;
        }
        if (Status status = m_services.guarantors->assign(member->id, self->id); !status) {
            showError(status.error().message);
            return;
        }
        assign(self);
    } else {
        assign(m_services.guarantors->get(member->guarantorId));
    }
    m_account->clear();
}

}  // namespace fd::patients::ui
