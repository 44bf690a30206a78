#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QDateEdit;
class QLabel;
class QWidget;

namespace fd::billing::ui {

// Pieces the billing docks share.
class DockParts
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ui::DockParts)

public:
    // The earliest date of the date filters, shown as "any".
    static QDate anyDate() { return QDate(2000, 1, 1); }
    static QDateEdit* dateFilter(QWidget* parent, const QString& objectName);
    static QDate filterDate(const QDateEdit* edit);  // invalid for "any"
    // The whole dock's text for a user without billing.view.
    static void fillDenied(QWidget* dock, const QString& objectName, const QString& permission);
    // Wraps `content` in a frameless scroll area filling `dock`, so the dock can be made small
    // beside others and the window keeps its size.
    static void fillScrolled(QWidget* dock, QWidget* content);
    static void styleMessage(QLabel* label, const QString& text, bool error);
};

}  // namespace fd::billing::ui
