#include "billing/ui/dock_parts.h"

#include <QDateEdit>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fd::billing::ui {

QDateEdit* DockParts::dateFilter(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDate());
    edit->setSpecialValueText(tr("any"));
    edit->setDate(anyDate());
    return edit;
}

QDate DockParts::filterDate(const QDateEdit* edit)
{
    return edit->date() == anyDate() ? QDate() : edit->date();
}

void DockParts::fillDenied(QWidget* dock, const QString& objectName, const QString& permission)
{
    auto* label = new QLabel(tr("Your role does not include seeing billing (permission \"%1\"). Ask the practice "
                                "administrator if you need it.")
                                 .arg(permission),
                             dock);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(dock);
    layout->addWidget(label);
}

void DockParts::fillScrolled(QWidget* dock, QWidget* content)
{
    auto* scroll = new QScrollArea(dock);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(dock);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void DockParts::styleMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1e6b34;"));
    label->setVisible(!text.isEmpty());
}

}  // namespace fd::billing::ui
