#pragma once

#include "calendar/frontdesk/frontdesk_services.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd::accounts::ui {
class MoneyEdit;
}

namespace fd::calendar::frontdesk {

// Checks a patient in: the demographics and the insurance to confirm with the patient (and
// when they were last confirmed), the balance, the expected copay prefilled, how it is paid,
// and the receipt. The dialog makes one client id when it opens, so pressing Check in twice,
// or again after a lost answer, posts the copay once.
class CheckInDialog final : public QDialog
{
    Q_OBJECT
public:
    CheckInDialog(FrontdeskServices services, const QString& appointmentId,
                  QWidget* parent = nullptr);

    // False when the appointment or the patient could not be read (the reason in
    // messageLabel()); the dialog then offers nothing to submit.
    bool isLoaded() const { return m_info.has_value(); }
    const std::optional<CheckInInfo>& info() const { return m_info; }
    const std::optional<CheckInResult>& result() const { return m_result; }
    QString clientId() const { return m_clientId; }

    // Records what the form says; on failure shows the service's message and stays open.
    bool submit();

    QLabel* demographicsLabel() const { return m_demographics; }
    QCheckBox* demographicsBox() const { return m_confirmDemographics; }
    QLabel* insuranceLabel() const { return m_insurance; }
    QCheckBox* insuranceBox() const { return m_confirmInsurance; }
    // The primary coverage's latest eligibility result and the button that asks the payer now
    // (hidden without billing's IInsuranceCheck).
    QLabel* eligibilityLabel() const { return m_eligibility; }
    QPushButton* checkNowButton() const { return m_checkNow; }
    QLabel* balanceLabel() const { return m_balance; }
    QLabel* copayLabel() const { return m_expected; }
    QCheckBox* takeCopayBox() const { return m_takeCopay; }
    accounts::ui::MoneyEdit* amountEdit() const { return m_amount; }
    QComboBox* methodBox() const { return m_method; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QCheckBox* receiptBox() const { return m_receipt; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void load(const QString& appointmentId);
    void fill();
    QString demographicsText() const;
    QString insuranceText() const;
    void updateEnabled();
    void printReceipt();
    QString eligibilityCoverageId() const;
    void showEligibility();
    void checkEligibilityNow();

    FrontdeskServices m_services;
    QString m_clientId;
    std::optional<CheckInInfo> m_info;
    std::optional<CheckInResult> m_result;
    QLabel* m_title = nullptr;
    QLabel* m_demographics = nullptr;
    QCheckBox* m_confirmDemographics = nullptr;
    QLabel* m_insurance = nullptr;
    QCheckBox* m_confirmInsurance = nullptr;
    QLabel* m_eligibility = nullptr;
    QPushButton* m_checkNow = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_expected = nullptr;
    QCheckBox* m_takeCopay = nullptr;
    accounts::ui::MoneyEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QCheckBox* m_receipt = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace fd::calendar::frontdesk
