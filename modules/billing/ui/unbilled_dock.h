#pragma once

#include "billing/ui/billing_services.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace fd::billing::ui {

class BillingEvents;
class ChargeEntryDialog;
class UnbilledModel;

// The unbilled charges, by service date and rendering provider, each held one with its reason.
// "Build claims" makes draft claims for the date range, a day at a time under a progress
// dialog, and shows what it made and what it held; "Create claim" makes one claim by hand
// from the selected lines. Actions the role lacks are not shown.
class UnbilledDock final : public QWidget
{
    Q_OBJECT
public:
    UnbilledDock(BillingServices services, std::shared_ptr<BillingNames> names, BillingEvents* events,
                 QWidget* parent = nullptr);

    void setDateRange(const QDate& from, const QDate& to);
    void setProvider(const QString& providerId);
    void refresh();
    std::vector<UnbilledCharge> selectedCharges() const;
    bool selectLine(const QString& lineId, bool add = false);

    // Builds claims for [from, to] (the filter's range when invalid; a range is needed), a day
    // at a time; nullopt when refused or nothing was asked. `openReport` shows the report.
    std::optional<BuildReport> buildClaims(const QDate& from = {}, const QDate& to = {}, bool openReport = true);
    std::optional<Claim> createClaimFromSelected();
    ChargeEntryDialog* openChargeEntry();

    QTableView* table() const { return m_table; }
    UnbilledModel* model() const { return m_model; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* providerBox() const { return m_provider; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* buildButton() const { return m_build; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* chargesButton() const { return m_charges; }

private:
    QWidget* buildFilters();
    QWidget* buildActions();
    void updateActions();
    void updateSummary();
    void showMessage(const QString& text, bool error = true);

    BillingServices m_services;
    std::shared_ptr<BillingNames> m_names;
    QPointer<BillingEvents> m_events;
    UnbilledModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_provider = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_build = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_charges = nullptr;
};

}  // namespace fd::billing::ui
