#pragma once

#include "billing/ui/billing_services.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace fd::billing::ui {

// Charges for a visit, the biller's most used screen: pick a day and one of its appointments,
// and the superbill of its type and provider fills the lines; then the diagnoses (in order, the
// first principal), codes with up to four modifiers, units and diagnosis pointers, and the
// supervising and referring providers and prior authorization where needed. Posting is one
// call to IChargeService::enterCharges; a refusal names the line and field and the dialog
// stays open. Keyboard: Enter on an appointment goes to the diagnoses, Ctrl+Return posts.
class ChargeEntryDialog final : public QDialog
{
    Q_OBJECT
public:
    enum LineColumn { CodeColumn, ModifiersColumn, UnitsColumn, PointersColumn, SelfPayColumn, LineColumns };

    ChargeEntryDialog(BillingServices services, std::shared_ptr<BillingNames> names, const QDate& date,
                      QWidget* parent = nullptr);

    void setDate(const QDate& date);
    // Picks the appointment (of the shown day) and fills the form from it; false when it is
    // not listed or already charged.
    bool selectAppointment(const QString& appointmentId);
    QString appointmentId() const { return m_appointmentId; }
    // Posts the charges; true when stored (the dialog is then accepted).
    bool post();
    const std::optional<Encounter>& encounter() const { return m_encounter; }

    // The lines as typed, parsed; nullopt (with the message shown) when a cell is not valid.
    std::optional<std::vector<LineInput>> lines();
    void addLine(const QString& code = {}, const QStringList& modifiers = {}, int units = 1);

    QDateEdit* dateEdit() const { return m_date; }
    QTableView* appointmentTable() const { return m_appointments; }
    QComboBox* renderingBox() const { return m_rendering; }
    QComboBox* supervisingBox() const { return m_supervising; }
    QComboBox* referringBox() const { return m_referring; }
    QLineEdit* priorAuthEdit() const { return m_priorAuth; }
    QLineEdit* diagnosesEdit() const { return m_diagnoses; }
    QTableWidget* linesTable() const { return m_lines; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* postButton() const { return m_post; }

signals:
    void chargesEntered(const QString& encounterId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildAppointments();
    QWidget* buildForm();
    QWidget* buildLines();
    void fillProviders();
    void loadDay();
    void appointmentPicked();
    void fillFromSuperbill(const calendar::Appointment& appointment);
    void showMessage(const QString& text, bool error = true);

    BillingServices m_services;
    std::shared_ptr<BillingNames> m_names;
    std::vector<calendar::FlowRow> m_rows;
    QString m_appointmentId;
    std::optional<Encounter> m_encounter;
    QDateEdit* m_date = nullptr;
    QStandardItemModel* m_dayModel = nullptr;
    QTableView* m_appointments = nullptr;
    QLabel* m_visit = nullptr;
    QComboBox* m_rendering = nullptr;
    QComboBox* m_supervising = nullptr;
    QComboBox* m_referring = nullptr;
    QLineEdit* m_priorAuth = nullptr;
    QLineEdit* m_diagnoses = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_post = nullptr;
};

}  // namespace fd::billing::ui
