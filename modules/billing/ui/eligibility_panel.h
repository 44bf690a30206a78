#pragma once

#include "billing/core/eligibility.h"
#include "billing/ui/billing_services.h"
#include "patients/ui/patient_record_tabs.h"

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace fd::billing::ui {

// The Eligibility tab of the patient record: each coverage of the patient with its latest
// eligibility result in words (active or not, plan, copay and coinsurance per service type,
// deductible and out-of-pocket remaining against the year, network, when checked) and Check
// Now, which asks the payer in real time when the clearinghouse's endpoint is set up. Needs
// billing.eligibility (the tab is not created without it).
class EligibilityPanel final : public patients::ui::PatientRecordTab
{
    Q_OBJECT

public:
    EligibilityPanel(BillingServices services, std::shared_ptr<IEligibilityService> eligibility,
                     std::shared_ptr<patients::ICoverageService> coverages,
                     std::shared_ptr<BillingNames> names, QWidget* parent = nullptr);

    QString tabTitle() const override;
    void setPatientId(const QString& patientId) override;
    // Reads the coverages and their latest checks again.
    void refresh();
    // Asks the payer about the coverage now; false (and the error shown under it) on failure.
    bool checkNow(const QString& coverageId);

    // What the coverage's section says (its labels' text), for tests and screen readers.
    QString sectionText(const QString& coverageId) const;
    QTableWidget* benefitsTable(const QString& coverageId) const;
    QPushButton* checkButton(const QString& coverageId) const;
    QString message() const;  // the panel's own message (no coverages, a read that failed)

private:
    QWidget* section(const patients::Coverage& coverage,
                     const std::optional<EligibilityCheck>& check, const QString& problem);
    void fillResult(QVBoxLayout* layout, const EligibilityCheck& check);
    QTableWidget* benefits(const EligibilityBenefits& benefits, QWidget* parent) const;
    QString coverageTitle(const patients::Coverage& coverage);
    void clearSections();

    BillingServices m_services;
    std::shared_ptr<IEligibilityService> m_eligibility;
    std::shared_ptr<patients::ICoverageService> m_coverages;
    std::shared_ptr<BillingNames> m_names;
    QString m_patientId;
    bool m_realTime = false;  // an endpoint is set up
    QString m_endpointProblem;
    QVBoxLayout* m_sections = nullptr;
    QLabel* m_message = nullptr;
};

// Adds the Eligibility tab to the patient record for users holding billing.eligibility
// (appended to the registry as patients::ui::IPatientRecordTabs by the billing module).
class EligibilityRecordTabs final : public patients::ui::IPatientRecordTabs
{
public:
    // Called when the tab is made: the billing module's services are looked up by then.
    using Source = std::function<EligibilityPanel*(QWidget* parent)>;
    explicit EligibilityRecordTabs(Source source) : m_source(std::move(source)) {}
    std::vector<patients::ui::PatientRecordTab*> createTabs(QWidget* parent) override;

private:
    Source m_source;
};

}  // namespace fd::billing::ui
