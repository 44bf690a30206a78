#pragma once

#include "x12/element_validator.h"
#include "x12/guide_registry.h"
#include "x12/interchange.h"
#include "x12/loop_builder.h"
#include "x12/semantic_checker.h"
#include "x12/x12_reader.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace fd::x12 {

// The state machine behind X12Reader: ISA > GS > ST ... SE > GE > IEA, one segment at a time.
class EnvelopeReader
{
    Q_DECLARE_TR_FUNCTIONS(fd::x12::EnvelopeReader)

public:
    EnvelopeReader(const GuideRegistry* registry, Document& document, const X12Reader::Options& options);

    // Takes the segment's contents when it goes into a loop tree.
    void onSegment(Segment& segment, const Separators& separators);
    void onSkipped(const Segment& segment);
    void finish(qint64 lastSegment);

private:
    enum class State { Outside, InInterchange, InGroup, InTransaction };

    void startInterchange(const Segment& s, const Separators& separators);
    void startGroup(const Segment& s);
    void startTransaction(const Segment& s);
    void transactionSegment(Segment& s);
    void endTransaction(const Segment& s);
    void endGroup(const Segment& s);
    void endInterchange(const Segment& s);
    void closeOpen(const Segment& trigger);
    void validateControl(const Segment& s, const QByteArray& loop);
    void report(FindingKind kind, const Segment& s, const QByteArray& loop, const QByteArray& element,
                const QByteArray& value, const QString& message, const QString& expected = {},
                Severity severity = Severity::Error);
    void compare(const Segment& s, const QByteArray& element, const QByteArray& actual, const QByteArray& expected,
                 const QString& what);

    const GuideRegistry* m_registry;
    Document& m_doc;
    const X12Reader::Options& m_options;
    State m_state = State::Outside;
    bool m_versionRejected = false;
    Interchange* m_interchange = nullptr;
    FunctionalGroup* m_group = nullptr;
    int m_groupCount = 0;
    int m_transactionCount = 0;
    // The open transaction.
    Transaction m_transaction;
    qint64 m_transactionSegments = 0;
    std::unique_ptr<LoopBuilder> m_builder;
    std::unique_ptr<SemanticChecker> m_semantic;
    std::optional<ElementValidator> m_validator;
};

}  // namespace fd::x12
