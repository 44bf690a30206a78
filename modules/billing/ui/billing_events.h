#pragma once

#include <QObject>

namespace fd::billing::ui {

// What one billing dock changed that the others show: each dock emits after a change and
// reloads on the others' signals (the module owns one hub for all of them).
class BillingEvents final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void chargesChanged();  // charges entered, or claims made from them / released
    void claimsChanged();
    void batchesChanged();
};

}  // namespace fd::billing::ui
