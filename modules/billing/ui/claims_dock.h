#pragma once

#include "billing/ui/billing_services.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;

namespace fd::billing::ui {

class BillingEvents;
class ChargeEntryDialog;
class ClaimDetailPane;
class ClaimsModel;

// Claims by status (tabs: all, draft, ready, submitted, accepted, rejected) in a service-date
// range, with the selected claim's lines, diagnoses and history below; actions move claims
// (ready, back to draft), delete drafts, make replacement (7) and void (8) claims and write
// ready claims as an 837P file, and ask the payer in real time where a submitted or accepted
// claim stands. Actions the role lacks are not shown, and the core refuses them anyway.
class ClaimsDock final : public QWidget
{
    Q_OBJECT
public:
    ClaimsDock(BillingServices services, std::shared_ptr<BillingNames> names, BillingEvents* events,
               QWidget* parent = nullptr);

    // The tab of that status; nullopt: all claims.
    void setStatusFilter(std::optional<ClaimStatus> status);
    std::optional<ClaimStatus> statusFilter() const;
    void setDateRange(const QDate& from, const QDate& to);
    void refresh();
    bool selectClaim(const QString& claimId);
    std::vector<Claim> selectedClaims() const;

    // Each acts on the selected claims and reports in the message line; false when nothing
    // was done. The ask* variants prompt for what they need first.
    bool markReady();
    bool backToDraft();
    bool deleteDrafts();
    bool replaceSelected(const QString& payerControlNumber);
    bool voidSelected(const QString& payerControlNumber);
    void askReplace();
    void askVoid();
    // Writes the selected ready claims (every ready claim when none is selected) to `path`.
    bool exportTo(const QString& path);
    void askExport();
    // Sends the selected ready claims (every ready claim when none is selected) to the
    // clearinghouse as one batch (SFTP or its outbox folder, by the practice's settings).
    bool submitSelected();
    ChargeEntryDialog* openChargeEntry();
    // With a scrubber: runs it over the selected claims (every draft and ready claim shown
    // when none is selected), and acknowledges the selected claim's open warnings.
    bool scrubSelected();
    bool acknowledgeWarnings();
    // Asks the payer now about the selected submitted and accepted claims: a real-time 276
    // through the clearinghouse's CAQH CORE endpoint, its 277 applied by the core. A busy
    // dialog shows while the answer is awaited (the CORE client waits in an event loop, so the
    // window keeps painting); what each claim got is told in the message line and shown with
    // the claim. Offered with billing.claims and a real-time endpoint set up.
    bool checkStatus();
    // The same for service lines (ids) of the one selected claim (loops 2210D/E); the
    // Status of lines button asks which (ClaimLinesDialog) and calls it.
    bool checkLineStatus(const QStringList& lineIds);
    void askLineStatus();
    bool isCheckingStatus() const { return m_checking; }
    // The Billing menu's actions for Check status and Status of lines (BillingModule registers
    // them). Once the shell adds them to the widget hosting this dock, the dock shows and
    // enables each as its button.
    static constexpr char kCheckStatusAction[] = "fd.billing.checkStatus";
    static constexpr char kCheckLinesAction[] = "fd.billing.checkLines";

    QTabBar* statusTabs() const { return m_tabs; }
    QTableView* table() const { return m_table; }
    ClaimsModel* model() const { return m_model; }
    ClaimDetailPane* detail() const { return m_detail; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* readyButton() const { return m_ready; }
    QPushButton* draftButton() const { return m_draft; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* replaceButton() const { return m_replace; }
    QPushButton* voidButton() const { return m_void; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* chargesButton() const { return m_charges; }
    QPushButton* scrubButton() const { return m_scrub; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QPushButton* checkStatusButton() const { return m_checkStatus; }
    QPushButton* checkLinesButton() const { return m_checkLines; }

protected:
    bool event(QEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    bool runStatusCheck(const QStringList& claimIds, const QStringList& lineIds);
    void buildDenied();
    void buildScreen();
    QWidget* buildFilters();
    QWidget* buildActions();
    void updateActions();
    void showSelected();
    void showMessage(const QString& text, bool error = true);
    bool moveSelected(ClaimStatus from, ClaimStatus to, const QString& done);
    bool correctSelected(Frequency frequency, const QString& payerControlNumber);
    void changed(const QString& selectId);
    QString findingsHtml(const Claim& claim) const;
    // Whether real-time claim status can be offered (the service, billing.claims, an endpoint).
    bool readStatusEndpoint();
    QString statusAnswerText(const RealtimeStatus& answer) const;
    // Follows the widget hosting this dock, where the shell adds the dock's actions.
    void watchHost();
    void syncStatusAction();

    BillingServices m_services;
    std::shared_ptr<BillingNames> m_names;
    QPointer<BillingEvents> m_events;
    QTabBar* m_tabs = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_message = nullptr;
    ClaimsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ClaimDetailPane* m_detail = nullptr;
    QPushButton* m_ready = nullptr;
    QPushButton* m_draft = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_charges = nullptr;
    QPushButton* m_scrub = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_checkStatus = nullptr;
    QPushButton* m_checkLines = nullptr;
    bool m_checking = false;
    QPointer<QWidget> m_host;
};

}  // namespace fd::billing::ui
