#pragma once

#include "common/result.h"
#include "x12/data_dictionary.h"
#include "x12/guide.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace fd::x12 {

// Every implementation guide the library knows, loaded once from the maps and descriptions
// compiled into the library (Qt resources under :/fd/x12/guides). Thread-safe after the
// first call; guides are immutable.
class GuideRegistry
{
public:
    // The registry, or the error that stopped it loading (a broken build, never input).
    static Result<const GuideRegistry*> instance();

    // The guide for a transaction set and version (ST01, ST03/GS08), or nullptr.
    const Guide* find(const QByteArray& transactionSet, const QByteArray& version) const;
    // A guide for the same transaction set when the version is unknown (837 005010X222A2
    // read as X222A1, with a warning), or nullptr.
    const Guide* closest(const QByteArray& transactionSet, const QByteArray& version) const;
    const std::vector<std::unique_ptr<Guide>>& guides() const { return m_guides; }
    // ISA, GS, GE, IEA, TA1 from the control map.
    const SegmentSpec* control(const QByteArray& id) const;
    const DataDictionary& dictionary() const { return m_dictionary; }

private:
    GuideRegistry() = default;
    Status load();

    DataDictionary m_dictionary;
    std::vector<std::unique_ptr<Guide>> m_guides;
    std::vector<SegmentSpec> m_control;
};

}  // namespace fd::x12
