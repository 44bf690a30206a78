#pragma once

#include "common/result.h"
#include "security/interfaces.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace fd::admin {

// Shows a new TOTP secret as a QR code (and as text for typing in) and asks for one code
// from the authenticator app; `confirm` (IUserService::confirmTotpEnrollment) decides.
class TotpEnrollmentDialog final : public QDialog
{
    Q_OBJECT
public:
    using Confirm = std::function<Status(const QString& code)>;

    TotpEnrollmentDialog(const security::TotpEnrollment& enrollment, const QString& username, Confirm confirm,
                         QWidget* parent = nullptr);

    QLineEdit* codeField() const { return m_code; }
    bool hasQrCode() const;
    void done(int result) override;

private:
    Confirm m_confirm;
    QLabel* m_qr = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::admin
