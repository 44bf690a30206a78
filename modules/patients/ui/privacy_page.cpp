#include "patients/ui/privacy_page.h"

#include "patients/ui/patient_form_widgets.h"
#include "practice/ui/field_errors.h"
#include "practice/ui/practice_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {

QTableView* makeView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString amendmentKindText(const QString& kind)
{
    if (kind == QLatin1String("request"))
        return PrivacyPage::tr("Requested");
    if (kind == QLatin1String("accepted"))
        return PrivacyPage::tr("Accepted");
    if (kind == QLatin1String("denied"))
        return PrivacyPage::tr("Denied");
    if (kind == QLatin1String("disagreement"))
        return PrivacyPage::tr("Disagreement");
    return kind;
}

}  // namespace

PrivacyPage::PrivacyPage(PatientsServices services, QWidget* parent)
    : QWidget(parent), m_services(std::move(services)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("fd.patients.privacy"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_errors = std::make_unique<practice::ui::FieldErrors>(m_message);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(buildChoices());
    layout->addWidget(buildRestrictions(), 1);
    layout->addWidget(buildAmendments(), 1);
}

PrivacyPage::~PrivacyPage() = default;

QWidget* PrivacyPage::buildChoices()
{
    auto* box = new QGroupBox(tr("Confidential communications"), this);
    auto* form = new QFormLayout(box);
    m_useHome = new QCheckBox(tr("Statements and letters may go to the home address"), box);
    m_useHome->setObjectName(QStringLiteral("use_home_address"));
    m_alternate = new StateAddressEditor(QStringLiteral("alternate_address"), *m_errors, box);
    auto* phones = new QHBoxLayout;
    const QStringList typeNames{tr("Home"), tr("Mobile"), tr("Work"), tr("Other")};
    for (int i = 0; i < phoneTypes().size(); ++i) {
        auto* check = new QCheckBox(typeNames.value(i, phoneTypes()[i]), box);
        check->setProperty("code", phoneTypes()[i]);
        m_phoneTypes << check;
        phones->addWidget(check);
    }
    phones->addStretch();
    m_voicemail = new QCheckBox(tr("Voicemail may be left"), box);
    m_email = new QCheckBox(tr("Email may be used"), box);
    auto* channels = new QHBoxLayout;
    const QStringList channelNames{tr("Phone"), tr("Text"), tr("Email"), tr("Mail"), tr("Portal")};
    for (int i = 0; i < contactMethods().size(); ++i) {
        auto* check = new QCheckBox(channelNames.value(i, contactMethods()[i]), box);
        check->setProperty("code", contactMethods()[i]);
        m_channels << check;
        channels->addWidget(check);
    }
    channels->addStretch();
    m_choiceNotes = new QLineEdit(box);
    m_choiceNotes->setObjectName(QStringLiteral("privacy_notes"));
    m_saveChoices = new QPushButton(tr("Save &choices"), box);
    m_saveChoices->setObjectName(QStringLiteral("fd.patients.privacy.save"));
    form->addRow(m_useHome);
    form->addRow(tr("Or send to"), m_alternate);
    form->addRow(tr("Phones that may be called (none ticked: any)"), phones);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_voicemail);
    flags->addWidget(m_email);
    flags->addStretch();
    form->addRow(flags);
    form->addRow(tr("Channels (none ticked: any)"), channels);
    form->addRow(tr("Notes"), m_choiceNotes);
    form->addRow(m_saveChoices);
    connect(m_useHome, &QCheckBox::toggled, m_alternate, [this](bool home) { m_alternate->setEnabled(!home); });
    connect(m_saveChoices, &QPushButton::clicked, this, &PrivacyPage::saveChoices);
    return box;
}

QWidget* PrivacyPage::buildRestrictions()
{
    auto* box = new QGroupBox(tr("Restrictions"), this);
    m_restrictions = new practice::ui::PracticeTableModel(
        {tr("Kind"), tr("Description"), tr("Services"), tr("From"), tr("To"), tr("Recorded")}, box);
    m_restrictionsView = makeView(m_restrictions, box);
    m_addRestriction = new QPushButton(tr("Add &restriction…"), box);
    m_addRestriction->setObjectName(QStringLiteral("fd.patients.restriction.add"));
    m_endRestriction = new QPushButton(tr("E&nd restriction…"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addRestriction);
    buttons->addWidget(m_endRestriction);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_restrictionsView);
    layout->addLayout(buttons);
    connect(m_addRestriction, &QPushButton::clicked, this, &PrivacyPage::addRestriction);
    connect(m_endRestriction, &QPushButton::clicked, this, &PrivacyPage::endRestriction);
    return box;
}

QWidget* PrivacyPage::buildAmendments()
{
    auto* box = new QGroupBox(tr("Amendment requests"), this);
    m_amendments = new practice::ui::PracticeTableModel({tr("Entry"), tr("About"), tr("Text"), tr("Recorded")}, box);
    m_amendmentsView = makeView(m_amendments, box);
    m_request = new QPushButton(tr("New re&quest…"), box);
    m_accept = new QPushButton(tr("Acc&ept"), box);
    m_deny = new QPushButton(tr("&Deny…"), box);
    m_disagree = new QPushButton(tr("Patient disa&grees…"), box);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_request, m_accept, m_deny, m_disagree})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_amendmentsView);
    layout->addLayout(buttons);
    connect(m_request, &QPushButton::clicked, this, &PrivacyPage::requestAmendment);
    connect(m_accept, &QPushButton::clicked, this, [this] { decideAmendment(true); });
    connect(m_deny, &QPushButton::clicked, this, [this] { decideAmendment(false); });
    connect(m_disagree, &QPushButton::clicked, this, &PrivacyPage::addDisagreement);
    return box;
}

void PrivacyPage::setEditable(bool editable)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_saveChoices, m_addRestriction, m_endRestriction, m_request,
                                                       m_accept, m_deny, m_disagree})
        w->setEnabled(editable);
}

void PrivacyPage::setPatientId(const QString& patientId)
{
    m_patientId = patientId;
    reload();
}

void PrivacyPage::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void PrivacyPage::reload()
{
    m_errors->clear();
    m_entries.clear();
    if (m_patientId.isEmpty())
        return;
    if (auto choices = m_services.privacy->choices(m_patientId); choices.ok()) {
        m_choices = choices.value();
        m_useHome->setChecked(m_choices.useHomeAddress);
        m_alternate->setAddress(m_choices.alternateAddress);
        m_alternate->setEnabled(!m_choices.useHomeAddress);
        for (QCheckBox* c : std::as_const(m_phoneTypes))
            c->setChecked(m_choices.allowedPhoneTypes.contains(c->property("code").toString()));
        m_voicemail->setChecked(m_choices.voicemailAllowed);
        m_email->setChecked(m_choices.emailAllowed);
        for (QCheckBox* c : std::as_const(m_channels))
            c->setChecked(m_choices.allowedChannels.contains(c->property("code").toString()));
        m_choiceNotes->setText(m_choices.notes);
    } else {
        showError(choices.error().message);
    }
    std::vector<practice::ui::PracticeTableModel::Row> rows;
    if (auto list = m_services.privacy->restrictions(m_patientId); list.ok()) {
        for (const PrivacyRestriction& r : list.value())
            rows.push_back({r.id,
                            {r.kind == QLatin1String("no_bill_plan") ? tr("Do not bill the plan") : tr("Other"),
                             r.description, r.serviceCodes.isEmpty() ? tr("all self-paid") : r.serviceCodes.join(QStringLiteral(", ")),
                             dateText(r.from), r.to.isValid() ? dateText(r.to) : tr("open"),
                             dateText(r.recordedAt.toLocalTime().date())}});
    }
    m_restrictions->setRows(std::move(rows));
    rows.clear();
    if (auto list = m_services.privacy->amendments(m_patientId); list.ok()) {
        m_entries = list.value();
        for (const AmendmentEntry& e : m_entries)
            rows.push_back({e.id, {amendmentKindText(e.kind), e.field, e.text, dateText(e.recordedAt.toLocalTime().date())}});
    }
    m_amendments->setRows(std::move(rows));
    m_restrictionsView->resizeColumnsToContents();
    m_amendmentsView->resizeColumnsToContents();
}

void PrivacyPage::saveChoices()
{
    PrivacyChoices c = m_choices;
    c.patientId = m_patientId;
    c.useHomeAddress = m_useHome->isChecked();
    c.alternateAddress = c.useHomeAddress ? practice::Address{} : m_alternate->address();
    c.allowedPhoneTypes.clear();
    for (QCheckBox* check : std::as_const(m_phoneTypes))
        if (check->isChecked())
            c.allowedPhoneTypes << check->property("code").toString();
    c.voicemailAllowed = m_voicemail->isChecked();
    c.emailAllowed = m_email->isChecked();
    c.allowedChannels.clear();
    for (QCheckBox* check : std::as_const(m_channels))
        if (check->isChecked())
            c.allowedChannels << check->property("code").toString();
    c.notes = m_choiceNotes->text().trimmed();
    auto saved = m_services.privacy->saveChoices(c);
    if (!saved) {
        m_errors->show(saved.error());
        return;
    }
    reload();
}

void PrivacyPage::addRestriction()
{
    if (m_patientId.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add restriction"));
    auto* general = new QLabel(&dialog);
    practice::ui::FieldErrors errors(general);
    auto* form = new QFormLayout;
    auto* kind = new QComboBox(&dialog);
    kind->addItem(tr("Do not bill my plan for services I pay for myself"), QStringLiteral("no_bill_plan"));
    kind->addItem(tr("Other"), QStringLiteral("other"));
    auto* description = new QLineEdit(&dialog);
    auto* codes = new QLineEdit(&dialog);
    codes->setPlaceholderText(tr("CPT/HCPCS codes, comma-separated; empty: every self-paid service"));
    auto* from = new DateEdit(&dialog);
    from->setDate(QDate::currentDate());
    auto* to = new DateEdit(&dialog);
    to->setPlaceholderText(tr("open-ended"));
    errors.addRow(form, tr("&Kind"), kind, QStringLiteral("kind"), &dialog);
    errors.addRow(form, tr("&Description"), description, QStringLiteral("description"), &dialog);
    errors.addRow(form, tr("&Services"), codes, QStringLiteral("service_codes"), &dialog);
    errors.addRow(form, tr("&From"), from, QStringLiteral("from"), &dialog);
    errors.addRow(form, tr("&To"), to, QStringLiteral("to"), &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(general);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        errors.clear();
        if (!from->dateOk() || !to->dateOk()) {
            errors.showAt(from->dateOk() ? QStringLiteral("to") : QStringLiteral("from"), tr("Type the date as MM/DD/YYYY."));
            return;
        }
        PrivacyRestriction r;
        r.patientId = m_patientId;
        r.kind = kind->currentData().toString();
        r.description = description->text().trimmed();
        for (const QString& code : codes->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.serviceCodes << code.trimmed().toUpper();
        r.from = from->date();
        r.to = to->date();
        auto added = m_services.privacy->addRestriction(r);
        if (!added) {
            errors.show(added.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void PrivacyPage::endRestriction()
{
    const QString id = m_restrictions->idAt(m_restrictionsView->currentIndex().row());
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString day = QInputDialog::getText(this, tr("End restriction"), tr("Last day the restriction applies:"),
                                              QLineEdit::Normal, dateText(QDate::currentDate()), &ok);
    if (!ok)
        return;
    if (!parseDate(day).isValid()) {
        showError(tr("\"%1\" is not a date: type it as MM/DD/YYYY.").arg(day));
        return;
    }
    if (Status ended = m_services.privacy->endRestriction(id, parseDate(day)); !ended)
        showError(ended.error().message);
    reload();
}

QString PrivacyPage::selectedAmendmentRequest() const
{
    const QString id = m_amendments->idAt(m_amendmentsView->currentIndex().row());
    for (const AmendmentEntry& e : m_entries)
        if (e.id == id)
            return e.requestId.isEmpty() ? e.id : e.requestId;
    return {};
}

void PrivacyPage::requestAmendment()
{
    if (m_patientId.isEmpty())
        return;
    bool ok = false;
    const QString field = QInputDialog::getText(this, tr("Amendment request"),
                                                tr("What part of the record is the request about?"),
                                                QLineEdit::Normal, {}, &ok);
    if (!ok || field.trimmed().isEmpty())
        return;
    const QString change = QInputDialog::getMultiLineText(this, tr("Amendment request"),
                                                          tr("The change the patient asks for:"), {}, &ok);
    if (!ok)
        return;
    auto entry = m_services.privacy->requestAmendment(m_patientId, field.trimmed(), change.trimmed());
    reload();
    if (!entry)
        showError(entry.error().message);
}

void PrivacyPage::decideAmendment(bool accepted)
{
    const QString request = selectedAmendmentRequest();
    if (request.isEmpty()) {
        showError(tr("Select the request first."));
        return;
    }
    QString text;
    if (!accepted) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(this, tr("Deny amendment"), tr("Reason for the denial:"), {}, &ok);
        if (!ok)
            return;
    }
    auto entry = m_services.privacy->decideAmendment(request, accepted, text.trimmed());
    reload();
    if (!entry)
        showError(entry.error().message);
}

void PrivacyPage::addDisagreement()
{
    const QString request = selectedAmendmentRequest();
    if (request.isEmpty()) {
        showError(tr("Select the denied request first."));
        return;
    }
    bool ok = false;
    const QString statement = QInputDialog::getMultiLineText(this, tr("Statement of disagreement"),
                                                             tr("The patient's statement:"), {}, &ok);
    if (!ok)
        return;
    auto entry = m_services.privacy->addDisagreement(request, statement.trimmed());
    reload();
    if (!entry)
        showError(entry.error().message);
}

}  // namespace fd::patients::ui
