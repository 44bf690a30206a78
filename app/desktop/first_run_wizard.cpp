#include "app/desktop/first_run_wizard.h"

#include "shell/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fd::desktop {

namespace {
QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

// The last page cannot be finished until the key is acknowledged.
class RecoveryKeyPage final : public QWizardPage
{
public:
    RecoveryKeyPage(QWidget* parent, QCheckBox*& check) : QWizardPage(parent)
    {
        check = m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return m_check->isChecked(); }

private:
    QCheckBox* m_check = nullptr;
};

QLineEdit* passwordEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
}  // namespace

FirstRunWizard::FirstRunWizard(const QString& databasePath, CreateFunction create, QWidget* parent)
    : QWizard(parent), m_create(std::move(create))
{
    setWindowTitle(tr("Set Up Frontdesk — %1").arg(QFileInfo(databasePath).fileName()));
    setWindowIcon(shell::icon(QStringLiteral("frontdesk")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, shell::icon(QStringLiteral("frontdesk")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(PracticePageId, buildPracticePage());
    setPage(AdminPageId, buildAdminPage());
    setPage(RecoveryPageId, buildRecoveryPage());
    resize(640, 520);
}

QWizardPage* FirstRunWizard::buildPracticePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your practice"));
    page->setSubTitle(tr("These appear on claims and statements; an office manager can change them later."));
    m_name = new QLineEdit(page);
    m_timeZone = new QComboBox(page);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const QString system = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    const int systemIndex = m_timeZone->findText(system);
    const int fallback = m_timeZone->findText(practice::PracticeProfile().timeZone);
    m_timeZone->setCurrentIndex(systemIndex >= 0 && system != QLatin1String("UTC") ? systemIndex : fallback);
    m_npi = new QLineEdit(page);
    m_npi->setPlaceholderText(tr("10 digits (organization NPI)"));
    m_taxId = new QLineEdit(page);
    m_taxId->setPlaceholderText(tr("12-3456789"));
    m_practiceError = errorLabel(page);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Practice &name:"), m_name);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("&NPI:"), m_npi);
    form->addRow(tr("Ta&x id (EIN):"), m_taxId);
    form->addRow(m_practiceError);
    return page;
}

QWizardPage* FirstRunWizard::buildAdminPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Administrator"));
    page->setSubTitle(tr("The first user manages the others. The password must have at least 12 characters."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("Create Practice"));
    m_username = new QLineEdit(page);
    m_username->setText(QStringLiteral("admin"));
    m_displayName = new QLineEdit(page);
    m_password = passwordEdit(page);
    m_repeat = passwordEdit(page);
    m_adminError = errorLabel(page);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(m_adminError);
    return page;
}

QWizardPage* FirstRunWizard::buildRecoveryPage()
{
    auto* page = new RecoveryKeyPage(this, m_writtenDown);
    page->setTitle(tr("Recovery key"));
    page->setSubTitle(tr("This key opens the practice if every password is lost. It is shown only now: "
                         "write it down and keep it locked away, not on this computer."));
    m_key = new QLabel(page);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setWordWrap(true);
    m_key->setAlignment(Qt::AlignCenter);
    QFont mono = m_key->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_key->setFont(mono);
    m_writtenDown->setText(tr("I have &written it down"));
    auto* box = new QVBoxLayout(page);
    box->addStretch();
    box->addWidget(m_key);
    box->addStretch();
    box->addWidget(m_writtenDown);
    return page;
}

practice::PracticeProfile FirstRunWizard::profile() const
{
    practice::PracticeProfile p;
    p.name = m_name->text().trimmed();
    p.timeZone = m_timeZone->currentText().trimmed();
    p.npi = m_npi->text().trimmed();
    p.taxId = m_taxId->text().trimmed();
    return p;
}

security::PracticeSetup FirstRunWizard::setup() const
{
    security::PracticeSetup s;
    s.adminUsername = m_username->text().trimmed().toLower();
    s.adminDisplayName = m_displayName->text().trimmed();
    s.adminPassword = m_password->text();
    return s;
}

QString FirstRunWizard::recoveryKeyShown() const
{
    return m_key->text();
}

QString FirstRunWizard::errorText() const
{
    if (!m_practiceError->isHidden())
        return m_practiceError->text();
    return m_adminError->isHidden() ? QString() : m_adminError->text();
}

bool FirstRunWizard::validateCurrentPage()
{
    m_practiceError->hide();
    m_adminError->hide();
    if (currentId() == PracticePageId && !validatePractice())
        return false;
    if (currentId() == AdminPageId && !createPractice())
        return false;
    return QWizard::validateCurrentPage();
}

bool FirstRunWizard::validatePractice()
{
    if (Status status = practice::validate(profile()); !status) {
        m_practiceError->setText(status.error().toString());
        m_practiceError->show();
        return false;
    }
    return true;
}

bool FirstRunWizard::createPractice()
{
    const security::PracticeSetup s = setup();
    QString problem;
    if (s.adminUsername.isEmpty() || s.adminDisplayName.isEmpty())
        problem = tr("Enter the administrator's username and name.");
    else if (s.adminPassword != m_repeat->text())
        problem = tr("The two passwords differ.");
    if (problem.isEmpty()) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = m_create(profile(), s);
        QGuiApplication::restoreOverrideCursor();
        if (created) {
            m_recoveryKey = created.value();
            m_key->setText(m_recoveryKey);
            m_password->clear();
            m_repeat->clear();
            return true;
        }
        problem = created.error().toString();
    }
    m_adminError->setText(problem);
    m_adminError->show();
    return false;
}

}  // namespace fd::desktop
