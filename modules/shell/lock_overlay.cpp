#include "shell/lock_overlay.h"

#include "shell/icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace fd::shell {

LockOverlay::LockOverlay(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fd.shell.lockOverlay"));
    setAutoFillBackground(false);
    QWidget* panel = buildPanel();
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    setSecondFactorVisible(false);
    hide();
}

QWidget* LockOverlay::buildPanel()
{
    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setMinimumWidth(380);

    auto* iconLabel = new QLabel(panel);
    iconLabel->setPixmap(icon(QStringLiteral("lock")).pixmap(48, 48));
    iconLabel->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Frontdesk is locked"), panel);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    m_who = new QLabel(panel);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);

    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_codeLabel = new QLabel(tr("Authenticator code:"), panel);
    m_code = new QLineEdit(panel);
    m_code->setObjectName(QStringLiteral("totpCode"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_code));
    m_code->setPlaceholderText(tr("6 digits"));
    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_codeLabel, m_code);

    m_unlock = new QPushButton(icon(QStringLiteral("unlock")), tr("Unlock"), panel);
    m_unlock->setDefault(true);
    auto* logout = new QPushButton(icon(QStringLiteral("logout")), tr("Log out"), panel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(logout);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    auto* box = new QVBoxLayout(panel);
    box->setContentsMargins(24, 24, 24, 24);
    box->setSpacing(12);
    box->addWidget(iconLabel);
    box->addWidget(title);
    box->addWidget(m_who);
    box->addLayout(form);
    box->addWidget(m_error);
    box->addLayout(buttons);

    connect(m_unlock, &QPushButton::clicked, this, &LockOverlay::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockOverlay::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &LockOverlay::submit);
    connect(logout, &QPushButton::clicked, this, &LockOverlay::logoutRequested);
    return panel;
}

void LockOverlay::setUser(const QString& username, const QString& practiceName)
{
    m_who->setText(tr("%1 at %2: enter your password to continue.").arg(username, practiceName));
}

void LockOverlay::prepare()
{
    m_password->clear();
    m_code->clear();
    m_error->hide();
    setSecondFactorVisible(false);
}

void LockOverlay::showError(const QString& message, bool keepPassword)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!keepPassword) {
        m_password->clear();
        m_password->setFocus(Qt::OtherFocusReason);
    }
}

void LockOverlay::setSecondFactorVisible(bool visible)
{
    m_codeLabel->setVisible(visible);
    m_code->setVisible(visible);
}

bool LockOverlay::isSecondFactorVisible() const
{
    return !m_code->isHidden();
}

void LockOverlay::submit()
{
    const QString password = m_password->text();
    const QString code = m_code->text();
    m_code->clear();
    emit unlockRequested(password, code);
}

void LockOverlay::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    // Opaque: nothing of the screens underneath may show through.
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(115));
}

}  // namespace fd::shell
