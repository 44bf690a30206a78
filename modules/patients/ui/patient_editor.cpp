#include "patients/ui/patient_editor.h"

#include "patients/core/patients_permissions.h"
#include "patients/ui/demographics_page.h"
#include "patients/ui/documents_page.h"
#include "patients/ui/duplicate_warning_dialog.h"
#include "patients/ui/guarantor_page.h"
#include "patients/ui/insurance_page.h"
#include "patients/ui/patient_form_widgets.h"
#include "patients/ui/patient_record_tabs.h"
#include "patients/ui/patient_search_model.h"
#include "patients/ui/privacy_page.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fd::patients::ui {

PatientEditor::PatientEditor(PatientsServices services, QWidget* parent)
    : QWidget(parent),
      m_services(std::move(services)),
      m_canEdit(m_services.can(perm::kEdit)),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_banner(new QLabel(this)),
      m_header(new QLabel(this)),
      m_status(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_tabs(new QTabWidget(this)),
      m_demographics(new DemographicsPage(m_services, this)),
      m_insurance(new InsurancePage(m_services, this)),
      m_guarantor(new GuarantorPage(m_services, this)),
      m_privacy(new PrivacyPage(m_services, this)),
      m_documents(new DocumentsPage(m_services, this))
{
    setObjectName(QStringLiteral("fd.patients.editor"));
    m_empty->setObjectName(QStringLiteral("fd.patients.noPatient"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("fd.patients.alertBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #b3261e; color: white; font-weight: bold; padding: 6px;"));
    m_banner->hide();
    m_header->setObjectName(QStringLiteral("fd.patients.header"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_header->setFont(big);
    m_status->setObjectName(QStringLiteral("fd.patients.editorStatus"));
    m_save->setObjectName(QStringLiteral("fd.patients.save"));
    m_save->setToolTip(tr("Save the patient (Ctrl+S)"));
    m_save->setEnabled(m_canEdit);
    m_tabs->setObjectName(QStringLiteral("fd.patients.tabs"));
    m_tabs->addTab(m_demographics, tr("&Demographics"));
    m_tabs->addTab(m_insurance, tr("&Insurance"));
    m_tabs->addTab(m_guarantor, tr("&Guarantor"));
    // The privacy page is long; like Demographics it scrolls instead of growing the window.
    auto* privacyScroll = new QScrollArea(this);
    privacyScroll->setWidgetResizable(true);
    privacyScroll->setFrameShape(QFrame::NoFrame);
    privacyScroll->setWidget(m_privacy);
    m_tabs->addTab(privacyScroll, tr("P&rivacy"));
    m_tabs->addTab(m_documents, tr("Doc&uments"));
    for (const auto& provider : m_services.recordTabs) {
        for (PatientRecordTab* tab : provider->createTabs(this)) {
            m_tabs->addTab(tab, tab->tabTitle());
            m_addedTabs.push_back(tab);
        }
    }
    m_demographics->setEditable(m_canEdit);
    m_insurance->setEditable(m_canEdit);
    m_guarantor->setEditable(m_canEdit);
    m_privacy->setEditable(m_canEdit);
    m_documents->setEditable(m_canEdit);

    auto* record = new QWidget(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_status);
    top->addWidget(m_save);
    auto* recordLayout = new QVBoxLayout(record);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(m_banner);
    recordLayout->addLayout(top);
    recordLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_save, &QPushButton::clicked, this, &PatientEditor::save);
    connect(m_guarantor, &GuarantorPage::patientChanged, this, &PatientEditor::reloadRecord);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PatientEditor::loadTab);
    close();
}

bool PatientEditor::hasPatient() const
{
    return m_open;
}

bool PatientEditor::isNew() const
{
    return m_open && m_patient.id.isEmpty();
}

void PatientEditor::close()
{
    m_open = false;
    m_patient = Patient{};
    m_empty->setText(m_canEdit ? tr("Find a patient with the search above, or register a new one with New patient.")
                               : tr("Find a patient with the search above."));
    m_stack->setCurrentIndex(0);
}

void PatientEditor::newPatient(const Patient& prefill)
{
    Patient p = prefill;
    p.id.clear();
    show(p);
    m_tabs->setCurrentWidget(m_demographics);
    if (auto* first = m_demographics->findChild<QWidget*>(QStringLiteral("first_name")))
        first->setFocus();
}

Status PatientEditor::open(const QString& patientId)
{
    auto loaded = m_services.patients->get(patientId);
    FD_TRY(loaded);
    show(loaded.value());
    return {};
}

void PatientEditor::reloadRecord()
{
    if (m_patient.id.isEmpty())
        return;
    if (auto loaded = m_services.patients->get(m_patient.id); loaded.ok()) {
        show(loaded.value());
    }
}

void PatientEditor::show(const Patient& p)
{
    m_patient = p;
    m_open = true;
    m_stack->setCurrentIndex(1);
    const bool saved = !p.id.isEmpty();
    if (saved) {
        const int age = p.ageOn(m_services.today());
        m_header->setText(tr("%1   #%2   born %3 (%4)")
                              .arg(p.displayName(), p.accountNumber, dateText(p.birthDate))
                              .arg(age >= 0 ? QString::number(age) : QStringLiteral("?")));
    } else {
        m_header->setText(tr("New patient"));
    }
    m_status->setText(saved && p.status != PatientStatus::Active
                          ? PatientSearchModel::statusText(statusId(p.status))
                          : QString());
    m_banner->setText(p.alert);
    m_banner->setVisible(!p.alert.isEmpty());
    m_demographics->setPatient(p);
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, saved);
    m_loadedTabs.clear();
    loadTab(m_tabs->currentIndex());
}

// Each tab reads its part of the record when it is first shown for this patient, so opening
// a patient is one audited read, and looking at its insurance another.
void PatientEditor::loadTab(int index)
{
    if (!m_open || m_loadedTabs.contains(index))
        return;
    m_loadedTabs.insert(index);
    QWidget* page = m_tabs->widget(index);
    if (page == m_insurance)
        m_insurance->setPatientId(m_patient.id);
    else if (page == m_guarantor)
        m_guarantor->setPatient(m_patient);
    else if (page && page->isAncestorOf(m_privacy))
        m_privacy->setPatientId(m_patient.id);
    else if (page == m_documents)
        m_documents->setPatientId(m_patient.id);
    for (PatientRecordTab* tab : m_addedTabs)
        if (page == tab)
            tab->setPatientId(m_patient.id);
}

bool PatientEditor::save()
{
    if (!m_open || !m_canEdit)
        return false;
    if (!m_demographics->checkForm()) {
        m_tabs->setCurrentWidget(m_demographics);
        return false;
    }
    const Patient p = m_demographics->patient();
    if (p.id.isEmpty())
        return create(p);
    auto updated = m_services.patients->update(p);
    if (!updated) {
        m_tabs->setCurrentWidget(m_demographics);
        m_demographics->errors().show(updated.error());
        return false;
    }
    show(updated.value());
    emit saved(m_patient);
    return true;
}

bool PatientEditor::create(const Patient& p)
{
    // Validate first so a mistake shows at its field before any duplicate question.
    if (Status valid = m_services.patients->validate(p); !valid) {
        m_tabs->setCurrentWidget(m_demographics);
        m_demographics->errors().show(valid.error());
        return false;
    }
    auto duplicates = m_services.patients->findDuplicates(p);
    if (duplicates.ok() && !duplicates->empty()) {
        DuplicateWarningDialog warning(duplicates.value(), this);
        warning.exec();
        if (warning.choice() == DuplicateWarningDialog::OpenExisting) {
            emit openRequested(warning.chosenPatientId());
            return false;
        }
        if (warning.choice() != DuplicateWarningDialog::SaveAnyway)
            return false;
    }
    auto created = m_services.patients->create(p);
    if (!created) {
        m_demographics->errors().show(created.error());
        return false;
    }
    show(created->patient);
    emit saved(m_patient);
    return true;
}

}  // namespace fd::patients::ui
