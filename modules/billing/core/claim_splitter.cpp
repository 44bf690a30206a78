#include "billing/core/claim_splitter.h"

#include <QHash>

#include <algorithm>
#include <set>

namespace fd::billing {

namespace {

// Closes a group of lines into a claim: the diagnoses they point to, in encounter order.
ClaimDraft draftOf(const QStringList& encounterDiagnoses, const std::vector<const ServiceLine*>& group,
                   const std::set<int>& used)
{
    ClaimDraft draft;
    QHash<int, int> position;  // encounter pointer -> claim pointer
    for (int p : used) {
        draft.diagnoses << encounterDiagnoses.value(p - 1);
        position.insert(p, int(draft.diagnoses.size()));
    }
    int number = 0;
    for (const ServiceLine* l : group) {
        ClaimLine c;
        c.chargeId = l->id;
        c.lineNumber = ++number;
        c.code = l->code;
        c.modifiers = l->modifiers;
        c.units = l->units;
        c.amount = l->amount;
        c.serviceDate = l->serviceDate;
        for (int p : l->pointers)
            c.pointers << position.value(p);
        draft.lines.push_back(c);
    }
    return draft;
}

}  // namespace

std::vector<ClaimDraft> splitIntoClaims(const QStringList& encounterDiagnoses, const std::vector<ServiceLine>& lines,
                                        int maxLines, int maxDiagnoses)
{
    std::vector<ClaimDraft> out;
    std::vector<const ServiceLine*> group;
    std::set<int> used;
    for (const ServiceLine& line : lines) {
        std::set<int> with = used;
        with.insert(line.pointers.begin(), line.pointers.end());
        if (!group.empty() && (int(group.size()) >= maxLines || int(with.size()) > maxDiagnoses)) {
            out.push_back(draftOf(encounterDiagnoses, group, used));
            group.clear();
            with = std::set<int>(line.pointers.begin(), line.pointers.end());
        }
        group.push_back(&line);
        used = std::move(with);
    }
    if (!group.empty())
        out.push_back(draftOf(encounterDiagnoses, group, used));
    return out;
}

}  // namespace fd::billing
