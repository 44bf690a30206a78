#include "accounts/ui/balance_header.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fd::accounts::ui {

namespace {

void setAging(QLabel* (&cells)[5], const Aging& aging)
{
    const Money bands[5] = {aging.days0to30, aging.days31to60, aging.days61to90, aging.days91to120, aging.over120};
    for (int i = 0; i < 5; ++i)
        cells[i]->setText(bands[i].toDisplay());
}

}  // namespace

BalanceHeader::BalanceHeader(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fd.accounts.balance"));
    auto* figures = new QHBoxLayout;
    const auto addFigure = [&](const QString& caption, QLabel* value) {
        auto* box = new QVBoxLayout;
        auto* label = new QLabel(caption, this);
        label->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
        box->addWidget(label);
        box->addWidget(value);
        figures->addLayout(box);
    };
    m_patient = figure(QStringLiteral("fd.accounts.patientOwes"));
    m_insurance = figure(QStringLiteral("fd.accounts.insurancePending"));
    m_credit = figure(QStringLiteral("fd.accounts.credit"));
    m_total = figure(QStringLiteral("fd.accounts.total"));
    addFigure(tr("Patient owes"), m_patient);
    addFigure(tr("Insurance pending"), m_insurance);
    addFigure(tr("Unapplied credit"), m_credit);
    addFigure(tr("Account balance"), m_total);
    figures->addStretch(1);

    auto* aging = new QGridLayout;
    aging->setHorizontalSpacing(14);
    aging->setVerticalSpacing(2);
    const QStringList bands{tr("0–30"), tr("31–60"), tr("61–90"), tr("91–120"), tr("Over 120")};
    aging->addWidget(new QLabel(tr("Days"), this), 0, 0);
    for (int band = 0; band < 5; ++band)
        aging->addWidget(new QLabel(bands[band], this), 0, band + 1, Qt::AlignRight);
    const QStringList rows{tr("Insurance"), tr("Patient")};
    for (int row = 0; row < 2; ++row) {
        aging->addWidget(new QLabel(rows[row], this), row + 1, 0);
        for (int band = 0; band < 5; ++band) {
            m_aging[row][band] = new QLabel(this);
            m_aging[row][band]->setObjectName(QStringLiteral("fd.accounts.aging.%1.%2").arg(row).arg(band));
            aging->addWidget(m_aging[row][band], row + 1, band + 1, Qt::AlignRight);
        }
    }
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(figures, 1);
    layout->addWidget(line);
    layout->addLayout(aging);
    clear();
}

QLabel* BalanceHeader::figure(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void BalanceHeader::setBalance(const Balance& balance)
{
    m_patient->setText(balance.patient.toDisplay());
    m_insurance->setText(balance.insurance.toDisplay());
    m_credit->setText(balance.credit.toDisplay());
    m_total->setText(balance.total().toDisplay());
    m_patient->setStyleSheet(balance.patient.isZero() ? QString() : QStringLiteral("color: #b3261e;"));
    setAging(m_aging[0], balance.insuranceAging);
    setAging(m_aging[1], balance.patientAging);
}

void BalanceHeader::clear()
{
    for (QLabel* label : {m_patient, m_insurance, m_credit, m_total}) {
        label->setText(QStringLiteral("—"));
        label->setStyleSheet({});
    }
    for (auto& row : m_aging)
        for (QLabel* cell : row)
            cell->setText(QStringLiteral("—"));
}

}  // namespace fd::accounts::ui
