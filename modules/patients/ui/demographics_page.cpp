#include "patients/ui/demographics_page.h"

#include "patients/ui/image_field.h"
#include "patients/ui/patient_form_widgets.h"
#include "patients/ui/phones_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {

QString codeText(const QString& code)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("1002-5"), QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "American Indian or Alaska Native")},
        {QStringLiteral("2028-9"), QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "Asian")},
        {QStringLiteral("2054-5"), QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "Black or African American")},
        {QStringLiteral("2076-8"),
         QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "Native Hawaiian or Other Pacific Islander")},
        {QStringLiteral("2106-3"), QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "White")},
        {QStringLiteral("2135-2"), QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "Hispanic or Latino")},
        {QStringLiteral("2186-5"), QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "Not Hispanic or Latino")},
        {QStringLiteral("ASKU"), QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "Declined to answer")},
        {QStringLiteral("UNK"), QT_TRANSLATE_NOOP("fd::patients::ui::DemographicsPage", "Unknown")}};
    const char* name = names.value(code);
    return name ? DemographicsPage::tr(name) : code;
}

QString contactText(const QString& method)
{
    if (method == QLatin1String("phone"))
        return DemographicsPage::tr("Phone call");
    if (method == QLatin1String("sms"))
        return DemographicsPage::tr("Text message");
    if (method == QLatin1String("email"))
        return DemographicsPage::tr("Email");
    if (method == QLatin1String("mail"))
        return DemographicsPage::tr("Mail");
    if (method == QLatin1String("portal"))
        return DemographicsPage::tr("Patient portal");
    return method;
}

void selectData(QComboBox* box, const QString& value)
{
    int index = box->findData(value);
    if (index < 0 && box->isEditable() && !value.isEmpty()) {
        box->setEditText(value);
        return;
    }
    box->setCurrentIndex(std::max(0, index));
}

QString comboValue(const QComboBox* box)
{
    if (box->isEditable() && box->currentText() != box->itemText(box->currentIndex()))
        return box->currentText().trimmed();
    return box->currentData().toString();
}

}  // namespace

DemographicsPage::DemographicsPage(PatientsServices services, QWidget* parent)
    : QScrollArea(parent), m_services(std::move(services)), m_general(new QLabel), m_errors(m_general)
{
    setObjectName(QStringLiteral("fd.patients.demographics"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    m_general->setParent(content);
    m_general->setObjectName(QStringLiteral("error_general"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(buildNames(content));
    left->addWidget(buildDetails(content));
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(buildPhoto(content));
    right->addWidget(buildContact(content));
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_general);
    layout->addLayout(columns);
    setWidget(content);
    reloadProviders();
    setPatient(Patient{});
}

QLineEdit* DemographicsPage::edit(const QString& key, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(key);
    return e;
}

QComboBox* DemographicsPage::combo(const QString& key, QWidget* parent, bool editable)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(key);
    c->setEditable(editable);
    if (editable)
        c->setInsertPolicy(QComboBox::NoInsert);
    return c;
}

QWidget* DemographicsPage::buildNames(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Patient"), parent);
    auto* form = new QFormLayout(box);
    const auto row = [&](const QString& label, QWidget* field, const QString& key) {
        m_errors.addRow(form, label, field, key, box);
    };
    m_first = edit(QStringLiteral("first_name"), box);
    m_middle = edit(QStringLiteral("middle_name"), box);
    m_last = edit(QStringLiteral("last_name"), box);
    m_suffix = edit(QStringLiteral("suffix"), box);
    m_suffix->setPlaceholderText(tr("Jr, Sr, III"));
    m_preferred = edit(QStringLiteral("preferred_name"), box);
    m_preferred->setPlaceholderText(tr("What the patient likes to be called"));
    m_birth = new DateEdit(box);
    m_birth->setObjectName(QStringLiteral("birth_date"));
    m_sex = combo(QStringLiteral("sex"), box);
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Unknown"), QStringLiteral("U"));
    m_sex->setToolTip(tr("Administrative sex as insurance claims carry it"));
    m_gender = combo(QStringLiteral("gender_identity"), box, true);
    m_gender->addItem(QString(), QString());
    for (const QString& g : {tr("Female"), tr("Male"), tr("Non-binary"), tr("Transgender woman"), tr("Transgender man"),
                             tr("Prefers not to say")})
        m_gender->addItem(g, g);
    m_pronouns = combo(QStringLiteral("pronouns"), box, true);
    m_pronouns->addItem(QString(), QString());
    for (const QString& p : {tr("she/her"), tr("he/him"), tr("they/them")})
        m_pronouns->addItem(p, p);
    row(tr("&First name"), m_first, QStringLiteral("first_name"));
    row(tr("&Middle name"), m_middle, QStringLiteral("middle_name"));
    row(tr("&Last name"), m_last, QStringLiteral("last_name"));
    row(tr("Su&ffix"), m_suffix, QStringLiteral("suffix"));
    row(tr("&Preferred name"), m_preferred, QStringLiteral("preferred_name"));
    row(tr("Date of &birth"), m_birth, QStringLiteral("birth_date"));
    row(tr("Se&x (for claims)"), m_sex, QStringLiteral("sex"));
    row(tr("&Gender identity"), m_gender, QStringLiteral("gender_identity"));
    row(tr("Pron&ouns"), m_pronouns, QStringLiteral("pronouns"));
    return box;
}

QWidget* DemographicsPage::buildContact(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Contact"), parent);
    auto* form = new QFormLayout(box);
    const auto row = [&](const QString& label, QWidget* field, const QString& key) {
        m_errors.addRow(form, label, field, key, box);
    };
    m_address = new StateAddressEditor(QStringLiteral("address"), m_errors, box);
    m_phones = new PhonesEditor(m_errors, box);
    m_email = edit(QStringLiteral("email"), box);
    m_emailConsent = new QCheckBox(tr("Email may be used for reminders and statements"), box);
    m_emailConsent->setObjectName(QStringLiteral("email_consent"));
    m_language = combo(QStringLiteral("preferred_language"), box, true);
    const QList<std::pair<QString, QString>> languages{
        {QStringLiteral("en"), tr("English")},    {QStringLiteral("es"), tr("Spanish")},
        {QStringLiteral("zh"), tr("Chinese")},    {QStringLiteral("vi"), tr("Vietnamese")},
        {QStringLiteral("tl"), tr("Tagalog")},    {QStringLiteral("ar"), tr("Arabic")},
        {QStringLiteral("fr"), tr("French")},     {QStringLiteral("ko"), tr("Korean")},
        {QStringLiteral("ru"), tr("Russian")},    {QStringLiteral("ase"), tr("American Sign Language")}};
    for (const auto& [code, name] : languages)
        m_language->addItem(name, code);
    m_contact = combo(QStringLiteral("preferred_contact"), box);
    m_contact->addItem(tr("No preference"), QString());
    for (const QString& method : contactMethods())
        m_contact->addItem(contactText(method), method);
    m_emergencyName = edit(QStringLiteral("emergency_contact.name"), box);
    m_emergencyRelationship = edit(QStringLiteral("emergency_contact.relationship"), box);
    m_emergencyRelationship->setPlaceholderText(tr("Relationship"));
    m_emergencyPhone = edit(QStringLiteral("emergency_contact.phone"), box);
    m_emergencyPhone->setPlaceholderText(tr("Phone"));
    row(tr("&Address"), m_address, QStringLiteral("address_row"));
    form->addRow(tr("Phones"), m_phones);
    row(tr("&Email"), m_email, QStringLiteral("email"));
    row(QString(), m_emailConsent, QStringLiteral("email_consent"));
    row(tr("&Language"), m_language, QStringLiteral("preferred_language"));
    row(tr("&Contact by"), m_contact, QStringLiteral("preferred_contact"));
    row(tr("E&mergency contact"), m_emergencyName, QStringLiteral("emergency_contact.name"));
    auto* emergency = new QWidget(box);
    auto* emergencyLine = new QHBoxLayout(emergency);
    emergencyLine->setContentsMargins(0, 0, 0, 0);
    emergencyLine->addWidget(m_emergencyRelationship);
    emergencyLine->addWidget(m_emergencyPhone);
    row(QString(), emergency, QStringLiteral("emergency_contact.phone"));
    return box;
}

QWidget* DemographicsPage::buildDetails(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Details"), parent);
    auto* form = new QFormLayout(box);
    const auto row = [&](const QString& label, QWidget* field, const QString& key) {
        m_errors.addRow(form, label, field, key, box);
    };
    m_race = combo(QStringLiteral("race_codes"), box);
    m_race->addItem(tr("Not recorded"), QString());
    for (const QString& code : ombRaceCodes())
        m_race->addItem(codeText(code), code);
    m_ethnicity = combo(QStringLiteral("ethnicity_codes"), box);
    m_ethnicity->addItem(tr("Not recorded"), QString());
    for (const QString& code : ombEthnicityCodes())
        m_ethnicity->addItem(codeText(code), code);
    m_employerName = edit(QStringLiteral("employer.name"), box);
    m_employerPhone = edit(QStringLiteral("employer.phone"), box);
    m_employerPhone->setPlaceholderText(tr("Employer phone"));
    m_provider = combo(QStringLiteral("primary_provider_id"), box);
    m_status = combo(QStringLiteral("status"), box);
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Inactive"), QStringLiteral("inactive"));
    m_status->addItem(tr("Deceased"), QStringLiteral("deceased"));
    m_deceased = new DateEdit(box);
    m_deceased->setObjectName(QStringLiteral("deceased_date"));
    m_alert = edit(QStringLiteral("alert"), box);
    m_alert->setPlaceholderText(tr("Shown as a banner: collections, needs interpreter…"));
    m_restricted = new QCheckBox(tr("Restricted record (staff, VIP): only emergency access opens it"), box);
    m_restricted->setObjectName(QStringLiteral("restricted"));
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    row(tr("&Race"), m_race, QStringLiteral("race_codes"));
    row(tr("E&thnicity"), m_ethnicity, QStringLiteral("ethnicity_codes"));
    row(tr("Emplo&yer"), m_employerName, QStringLiteral("employer.name"));
    row(QString(), m_employerPhone, QStringLiteral("employer.phone"));
    row(tr("Primary pro&vider"), m_provider, QStringLiteral("primary_provider_id"));
    row(tr("S&tatus"), m_status, QStringLiteral("status"));
    row(tr("Date of &death"), m_deceased, QStringLiteral("deceased_date"));
    row(tr("Al&ert"), m_alert, QStringLiteral("alert"));
    row(QString(), m_restricted, QStringLiteral("restricted"));
    row(tr("&Notes"), m_notes, QStringLiteral("notes"));
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_deceased->setEnabled(m_status->currentData().toString() == QLatin1String("deceased")); });
    return box;
}

QWidget* DemographicsPage::buildPhoto(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Photo"), parent);
    m_photo = new ImageField(QStringLiteral("photo"), tr("Choose p&hoto…"), tr("Patient photo"), QSize(90, 112),
                             m_errors, box);
    m_photo->setToolTip(tr("A PNG or JPEG picture of at most 5 MiB, to recognise the patient at the desk"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_photo);
    return box;
}

void DemographicsPage::reloadProviders()
{
    const QString current = m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("None"), QString());
    if (auto providers = m_services.providers->list(); providers.ok()) {
        for (const practice::Provider& p : providers.value())
            if (!p.external)
                m_provider->addItem(p.displayName(), p.id);
    }
    selectData(m_provider, current);
}

void DemographicsPage::setPatient(const Patient& p)
{
    m_patient = p;
    m_errors.clear();
    m_first->setText(p.firstName);
    m_middle->setText(p.middleName);
    m_last->setText(p.lastName);
    m_suffix->setText(p.suffix);
    m_preferred->setText(p.preferredName);
    m_birth->setDate(p.birthDate);
    selectData(m_sex, sexCode(p.sex));
    selectData(m_gender, p.genderIdentity);
    selectData(m_pronouns, p.pronouns);
    m_address->setAddress(p.address);
    m_phones->setPhones(p.phones);
    m_email->setText(p.email);
    m_emailConsent->setChecked(p.emailConsent);
    selectData(m_language, p.preferredLanguage);
    selectData(m_contact, p.preferredContact);
    selectData(m_race, p.raceCodes.value(0));
    selectData(m_ethnicity, p.ethnicityCodes.value(0));
    m_emergencyName->setText(p.emergencyContact.name);
    m_emergencyRelationship->setText(p.emergencyContact.relationship);
    m_emergencyPhone->setText(p.emergencyContact.phone);
    m_employerName->setText(p.employer.name);
    m_employerPhone->setText(p.employer.phone);
    if (m_provider->findData(p.primaryProviderId) < 0 && !p.primaryProviderId.isEmpty())
        reloadProviders();
    selectData(m_provider, p.primaryProviderId);
    selectData(m_status, statusId(p.status));
    m_deceased->setDate(p.deceasedDate);
    m_deceased->setEnabled(p.status == PatientStatus::Deceased);
    m_alert->setText(p.alert);
    m_restricted->setChecked(p.restricted);
    m_notes->setPlainText(p.notes);
    m_photo->setImage(p.photo);
}

Patient DemographicsPage::patient() const
{
    Patient p = m_patient;
    p.firstName = m_first->text().trimmed();
    p.middleName = m_middle->text().trimmed();
    p.lastName = m_last->text().trimmed();
    p.suffix = m_suffix->text().trimmed();
    p.preferredName = m_preferred->text().trimmed();
    p.birthDate = m_birth->date();
    p.sex = sexFromCode(m_sex->currentData().toString()).value_or(AdministrativeSex::Unknown);
    p.genderIdentity = comboValue(m_gender);
    p.pronouns = comboValue(m_pronouns);
    p.address = m_address->address();
    p.phones = m_phones->phones();
    p.email = m_email->text().trimmed();
    p.emailConsent = m_emailConsent->isChecked();
    p.preferredLanguage = comboValue(m_language);
    p.preferredContact = m_contact->currentData().toString();
    // The form picks one category; a record with several keeps the others.
    const auto keepFirst = [](QStringList codes, const QString& chosen) {
        if (chosen.isEmpty())
            return QStringList();
        codes.removeAll(chosen);
        codes.prepend(chosen);
        return codes;
    };
    p.raceCodes = keepFirst(m_patient.raceCodes, m_race->currentData().toString());
    p.ethnicityCodes = keepFirst(m_patient.ethnicityCodes, m_ethnicity->currentData().toString());
    p.emergencyContact = {m_emergencyName->text().trimmed(), m_emergencyRelationship->text().trimmed(),
                          m_emergencyPhone->text().trimmed()};
    p.employer = {m_employerName->text().trimmed(), m_employerPhone->text().trimmed()};
    p.primaryProviderId = m_provider->currentData().toString();
    p.status = statusFromId(m_status->currentData().toString()).value_or(PatientStatus::Active);
    p.deceasedDate = p.status == PatientStatus::Deceased ? m_deceased->date() : QDate();
    p.alert = m_alert->text().trimmed();
    p.restricted = m_restricted->isChecked();
    p.notes = m_notes->toPlainText().trimmed();
    p.photo = m_photo->image();
    return p;
}

bool DemographicsPage::checkForm()
{
    m_errors.clear();
    if (!m_birth->dateOk()) {
        m_errors.showAt(QStringLiteral("birth_date"),
                        tr("\"%1\" is not a date: type it as MM/DD/YYYY.").arg(m_birth->text().trimmed()));
        m_birth->setFocus();
        return false;
    }
    if (!m_deceased->dateOk()) {
        m_errors.showAt(QStringLiteral("deceased_date"),
                        tr("\"%1\" is not a date: type it as MM/DD/YYYY.").arg(m_deceased->text().trimmed()));
        return false;
    }
    return true;
}

void DemographicsPage::setEditable(bool editable)
{
    widget()->setEnabled(editable);
}

}  // namespace fd::patients::ui
