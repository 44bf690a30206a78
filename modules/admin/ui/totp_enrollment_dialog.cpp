#include "admin/ui/totp_enrollment_dialog.h"

#include "admin/ui/qr_code.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace fd::admin {

namespace {
QString grouped(const QString& secret)
{
    QStringList parts;
    for (int i = 0; i < secret.size(); i += 4)
        parts << secret.mid(i, 4);
    return parts.join(QLatin1Char(' '));
}
}  // namespace

TotpEnrollmentDialog::TotpEnrollmentDialog(const security::TotpEnrollment& enrollment, const QString& username,
                                           Confirm confirm, QWidget* parent)
    : QDialog(parent), m_confirm(std::move(confirm))
{
    setWindowTitle(tr("Set Up Two-Factor Login"));
    auto* intro = new QLabel(tr("Scan this code with an authenticator app on %1's phone, then type the "
                                "6-digit code it shows.").arg(username),
                             this);
    intro->setWordWrap(true);
    m_qr = new QLabel(this);
    m_qr->setAlignment(Qt::AlignCenter);
    const QImage image = qrCodeImage(enrollment.otpauthUri, 5);
    if (!image.isNull())
        m_qr->setPixmap(QPixmap::fromImage(image));
    auto* secret = new QLabel(grouped(enrollment.secretBase32), this);
    secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = secret->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    secret->setFont(mono);
    m_code = new QLineEdit(this);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_code));
    m_code->setPlaceholderText(tr("6 digits"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Key (to type in):"), secret);
    form->addRow(tr("&Code from the app:"), m_code);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addWidget(m_qr);
    box->addLayout(form);
    box->addWidget(m_error);
    box->addWidget(buttons);
}

bool TotpEnrollmentDialog::hasQrCode() const
{
    return !m_qr->pixmap().isNull();
}

void TotpEnrollmentDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        const Status status = m_confirm(m_code->text());
        if (!status) {
            m_error->setText(status.error().code == ErrorCode::WrongPassword
                                 ? tr("That code is not right. Check the phone's clock and try the next code.")
                                 : status.error().toString());
            m_error->show();
            m_code->clear();
            return;
        }
    }
    QDialog::done(result);
}

}  // namespace fd::admin
