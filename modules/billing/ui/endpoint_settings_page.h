#pragma once

#include "billing/core/eligibility.h"
#include "shell/settings_page.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fd::billing::ui {

// Settings ▸ Real-time eligibility: the clearinghouse's CAQH CORE endpoint the 270/271 checks
// go to, saved through IEligibilityService (audited there; the password by "changed" only).
// The password is never shown: left empty it keeps the stored one. Only offered to users
// holding billing.setup, as the CLI's `eligibility endpoint set` needs.
class EndpointSettingsPage final : public shell::SettingsPage
{
    Q_OBJECT

public:
    explicit EndpointSettingsPage(std::shared_ptr<IEligibilityService> service,
                                  QWidget* parent = nullptr);

    QString title() const override;
    QIcon pageIcon() const override;
    void apply() override;

    // What apply() would save, or why it cannot (the message names the field).
    Result<EligibilityEndpoint> endpointFromForm() const;
    Status save();
    QString message() const;
    bool hasUnsavedChanges() const { return m_dirty; }

private:
    void load();
    void watchForChanges();
    void showMessage(const QString& text, bool problem);

    std::shared_ptr<IEligibilityService> m_service;
    bool m_dirty = false;  // changed since loaded
    QLineEdit* m_url = nullptr;
    QComboBox* m_envelope = nullptr;
    QLineEdit* m_sender = nullptr;
    QLineEdit* m_receiver = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_caFile = nullptr;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_production = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace fd::billing::ui
