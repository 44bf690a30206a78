<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fd::AtomicFile</name>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot append to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Money</name>
    <message>
        <source>Not an amount of money: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts</name>
    <message>
        <source>See accounts, ledger entries and balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post charges for services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payments and apply credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post adjustments (write-offs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move balances between insurance and patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund credit to patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR-1: deductible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR-2: coinsurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR-3: copay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::render::ReceiptBuilder</name>
    <message>
        <source>The services receipts are made from are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry %1 is a %2, not a patient payment: only patient payments have receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s time zone &quot;%1&quot; is not known; correct it in the practice profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::render::ReceiptDocument</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYMENT RECEIPT — COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYMENT RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY — reprinted %1 %2 by %3. This is not a new payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVERSED on %1: %2. This payment no longer counts toward the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unapplied credit, to be applied to the visit&apos;s charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account after this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Please keep this receipt for your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s picture could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt is saved as .pdf or .png; &quot;%1&quot; ends otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the receipt to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::AccountsDock</name>
    <message>
        <source>Your role does not include seeing accounts (permission &quot;%1&quot;). Ask the practice administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient: name, date of birth, phone or account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   #%2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money from the patient: for a visit&apos;s balance or as credit for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off part of a service line&apos;s balance with its CARC reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move part of a line&apos;s balance from insurance to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay unapplied credit back to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected entry by a new, opposite entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the selected payment&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not include this (permission &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a %1 %2 payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted a %1 adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1 of credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the %1 of %2 for %3? The entry stays in the ledger; a new entry undoes it.
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::AccountsModule</name>
    <message>
        <source>Acco&amp;unts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint &amp;Receipt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::AccountsServices</name>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::BalanceHeader</name>
    <message>
        <source>Patient owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>91–120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::GuarantorPanel</name>
    <message>
        <source>Guarantor and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is their own account: no guarantor is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor: %1. Family: patient owes %2, insurance pending %3, credit %4, balance %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::LedgerTableModel</name>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unapplied credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patient → insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 insurance → patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of credit applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed: this entry no longer counts toward the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a receipt afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service line yet: unapplied credit for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — patient owes %3, insurance %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four digits or approval code — never the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount received, in dollars and cents (for example 25.00).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::PostingDialog</name>
    <message>
        <source>Service &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write off from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance to patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient to insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO — contractual obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR — patient responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OI — other insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PI — payer initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARC code, for example 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number or card reference — never the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — insurance %3, patient %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no open service line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the adjustment&apos;s reason code (CARC), for example 45.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount, in dollars and cents (for example 25.00).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::ReceiptPrinting</name>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin</name>
    <message>
        <source>Cannot write the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries match; narrow the filter to at most %2 for a FHIR export, or export CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation account (unattended jobs, no screen login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::AdminModule</name>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles and Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Two-Factor Login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break-Glass Accesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::AuditDocument</name>
    <message>
        <source>Audit trail — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1, %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::AuditModel</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit settings change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::AuditView</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only emergency (break-glass) accesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered entries as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered entries as a FHIR R4 Bundle of AuditEvents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has been altered at entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries and %2 checkpoints checked. The newest %3 entries come after the last checkpoint and are protected by the chain alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Trail as FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries match; narrow the filter to at most %2 before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Audit Trail as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::PasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them in person; they can change it after logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::RolesModel</name>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::RolesView</name>
    <message>
        <source>Tick a box to let a role do something; each change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change what each role may do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::TotpEnrollmentDialog</name>
    <message>
        <source>Set Up Two-Factor Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app on %1&apos;s phone, then type the 6-digit code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (to type in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Check the phone&apos;s clock and try the next code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::UsersModel</name>
    <message>
        <source>%1 (automation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::admin::UsersView</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up or turn off two-factor login for the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to log in. Their history stays in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-Factor Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off two-factor login for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Their key to the practice database is deleted; their history stays in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing</name>
    <message>
        <source>See charges, claims and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter charges for visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up superbills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build, correct and void claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit claims (write 837 batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check insurance eligibility and work the verification list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::AckApplier</name>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 names no batch this practice sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim number &apos;%1&apos; is not a claim of this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 was never sent in a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interchange control number (TA101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 999 has no AK1 segment. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 999 answers a &apos;%1&apos; group; this practice sends only 837P claims (HC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group control number (AK102)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction set %1 %2 is not in batch %3 (it has %4 set(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 (%2): claim %3 is %4; the %5 cannot make it %6. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer status (%1 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 277CA claim loop lacks its TRN or STC. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 277 claim loop lacks its TRN. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace number &apos;%1&apos; answers no claim status request of this practice, and no REF*EJ names a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; service lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::AckImportService</name>
    <message>
        <source>%1: transaction set %2 (%3, control number %4) is not a TA1, 999, 277CA or 277; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no TA1, 999, 277CA or 277; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clearinghouse is set up to fetch acknowledgments from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a well-formed X12 file: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a %2, which is not expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetched acknowledgment file %1 was imported by another run meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::AckRejectionQueue</name>
    <message>
        <source>Claim %1 has no open rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejection of claim %1 was %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charges of claim %1 are on claim %2 already: resolve the rejection instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the rejection is resolved (a note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection worked: corrected as claim %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ChargeService</name>
    <message>
        <source>A superbill needs its appointment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CPT or HCPCS code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most four modifiers per code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a modifier (two letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was %1: there is nothing to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is another patient&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment type has no superbill: enter the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take this role on claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one diagnosis code is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ICD-10-CM code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most four modifiers per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line points to at most four diagnoses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis pointer %1 points to no diagnosis (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis pointer %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage is not the patient&apos;s or not in effect on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge master has no price for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge master&apos;s price for %1 is not positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of service is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of service %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rendering provider is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prior authorization number has more than 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encounter needs at least one service line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges for this appointment were entered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encounter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger did not take line %1: %2 (nothing was stored).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::Claim276Writer</name>
    <message>
        <source>Claim %1: the payer has no payer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the member id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the billing provider has no NPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the patient&apos;s date of birth is missing (2000E DMG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: no trace number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no claims to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender and receiver ids must have 1 to 15 characters (ISA06, ISA08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a line of this claim (2210).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: asked about twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no procedure code (SVC01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the units or the charge are not positive (SVC02, SVC07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the line item control number (REF*FJ) is longer than 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: no service date (DTP*472).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2: no service date, and the claim has none either (DTP*472).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::Claim277Lines</name>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVC%1 &apos;%2&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service (SVC01) lacks its code qualifier or its procedure code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVC07 &apos;%1&apos; is not a number of units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service line has no status (STC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STC01 lacks its category or its status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STC02 &apos;%1&apos; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service date &apos;%1&apos; (format &apos;%2&apos;) is not a D8 date or an RD8 range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a line of the claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; service %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 277 service line loop (%1) lacks its SVC. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::Claim837Writer</name>
    <message>
        <source>Claim %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim number must have 1 to 20 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the billing provider&apos;s NPI %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the billing provider&apos;s tax id must have 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the billing provider&apos;s address is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer %1 has no payer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer %1 has no claim filing indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim has 1 to 50 service lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim has 1 to 12 diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s date of birth is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replacement or void needs the payer&apos;s claim control number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NPI %1 of %2 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitter needs a phone number or an email address (1000A PER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no claims to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control numbers must be between 1 and 999999999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender and receiver ids must have 1 to 15 characters (ISA06, ISA08).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimExportService</name>
    <message>
        <source>The file to write is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no ready claims to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 does not exist or is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimScrubService</name>
    <message>
        <source>No claim %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scrub of claim %1 found nothing for rule %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an error on claim %2: correct it (%3); only warnings can be acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 cannot be sent: %2 error(s), %3 unacknowledged warning(s): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the NCCI file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scrub of claims being built needs the build&apos;s transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimScrubber</name>
    <message>
        <source>Claim %1: the %2 has no NPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the %2 NPI %3 is not a valid NPI (ten digits with a correct check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the NPI in %1 (look it up in the NPPES registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the %2 has no taxonomy code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the %2 taxonomy code %3 is not in the NUCC form (ten characters: three digits, six letters or digits, then X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the NUCC taxonomy code (for example 207Q00000X) in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s record (Practice &gt; Providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice profile (Practice &gt; Profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referring provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervising provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the billing provider has no tax id (EIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the billing provider&apos;s tax id %2 is not nine digits (or is all zeros).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the practice&apos;s nine-digit EIN in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the order of the patient&apos;s coverages (1 primary, 2 secondary, 3 tertiary) for the date of service, then rebuild the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 bills the coverage as payer %2, but the patient&apos;s record has it as payer %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 goes to payer %2 of the patient, but no coverage is payer %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: %2 of the patient&apos;s coverages are payer %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the patient&apos;s record could not be read (%2), so the coverage and dates were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub the claim as a user who may open the patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the patient&apos;s insurance, delete the draft and build the claim again (or bill the patient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the coverage it bills is no longer on the patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the coverage has no member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member id from the patient&apos;s insurance card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the coverage now names another payer than the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the coverage (member id %2) is not in effect on the date of service %3; it runs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the date of service %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date of service of the charges, or wait until the service was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the date of service %2 is before the patient&apos;s date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date of service or the patient&apos;s date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the date of service %2 is after the patient&apos;s date of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date of service or the patient&apos;s date of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: %2 requires a referring provider, and the claim has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the referring provider on the visit&apos;s charges and rebuild the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2: %3 on %4 for this patient and payer is also on claim %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the duplicate draft, or acknowledge the warning when the service was given twice (add a modifier such as 76 or 91 that says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: its payer is not on the practice&apos;s list of payers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the payer (Practice &gt; Payers) or correct the patient&apos;s coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: %2 accepts claims up to %3 days after the date of service; the limit was %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: %2&apos;s timely filing limit is %3, in %4 day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the claim with proof of timely filing only if the payer allows an exception; otherwise adjust the balance off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the claim now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 has no diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the visit&apos;s diagnoses and rebuild the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, diagnosis %2 (%3): not a billable ICD-10-CM code on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the complete (billable) code valid on the date of service; import the newer ICD-10-CM release if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point each line to one to four of the claim&apos;s diagnoses, most important first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) points to no diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) points to %4 diagnoses; a line carries at most 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) points to diagnosis %4, but the claim has %5 diagnosis(es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: no line points to diagnosis %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point a line to it, or remove it from the visit&apos;s diagnoses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) has %4 modifiers; a line carries at most 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the four modifiers that matter most (pricing ones first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3): modifier &apos;%4&apos; is not two letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the modifier (for example 25, 59 or LT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) has %4 unit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the units given (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) charges %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price the code in the charge master and enter the charge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2: %3 is bundled into %4 (line %5) by a CMS NCCI edit; it is paid separately only with a modifier such as 59, XE, XS, XP, XU, 25 or 91.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2: %3 is bundled into %4 (line %5) by a CMS NCCI edit that no modifier overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the service was distinct (another site, session or encounter), add the modifier that says so to line %1; else remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line %1 from the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the %2 is not on the practice&apos;s list of providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider from the practice&apos;s list, then rebuild the claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimService</name>
    <message>
        <source>The dates of service must be a range (from, then to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim needs at least one service line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line %1 does not exist, is self-paid, is not posted or is on a claim already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim bills lines of one encounter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) cannot be billed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines go to different payers: make one claim per payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encounter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim carries at most %1 service lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines point to %1 diagnoses; a claim carries at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number is needed to correct or void a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number has more than 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number holds &apos;%1&apos;, which X12 cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a claim the payer has (submitted or accepted) can be replaced or voided; claim %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 is a void: it cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was voided by claim %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft claim can be deleted; claim %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimStatusService</name>
    <message>
        <source>Name the claims to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 is %2: only a claim the payer has (submitted or accepted) can be asked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time claim status goes to the clearinghouse&apos;s CAQH CORE endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time claim status (%1): %2 Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered the 276 (interchange %2) with a 277 that could not be applied: %3 Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line to ask about is empty: give a claim line id or a line number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: give the line&apos;s id when asking about several claims; a line number names a line of one claim only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 has no line %2 (it has %3 line(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is a line of claim %2, which is not one of the claims asked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of claim %2 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ClearinghouseService</name>
    <message>
        <source>The stored clearinghouse settings are not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored clearinghouse settings are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clearinghouse is set up: save its settings first (frontdeskctl clearinghouse set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse login needs a private key and none is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse login needs a password and none is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse settings: there is no secret called &quot;%1&quot; (%2, %3 or %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgments are fetched by SFTP from the acknowledgment directory, which is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ClearinghouseSettings</name>
    <message>
        <source>The outbox folder must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP host &quot;%1&quot; is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP port %1 is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP user name is missing or contains @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host key must be pinned as a SHA256 fingerprint (SHA256: and 43 base64 characters, as ssh-keygen -lf prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote upload directory is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect timeout must be 1 to 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer timeout must be 1 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitter id must be 1 to 15 letters, digits or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver id must be 1 to 15 letters, digits or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer id set is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored delivery mode &quot;%1&quot; is neither sftp nor folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::CoreConnectivityClient</name>
    <message>
        <source>The clearinghouse %1 answered with something that is not a SOAP 1.2 envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a SOAP fault (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a multipart body without a boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with an empty or unreadable multipart body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 has no payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 refused the connection (nothing listens on port %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the clearinghouse %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a %2 payload, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with an empty payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with CORE error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::CoreEndpointSettings</name>
    <message>
        <source>Clearinghouse endpoint: &quot;%1&quot; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse endpoint: %1 must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse endpoint: the sender and receiver ids are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse endpoint: the timeout must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse endpoint: the CA bundle %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::Eligibility270Writer</name>
    <message>
        <source>The 270 cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control number must be between 1 and 999999999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender and receiver ids must have 1 to 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer needs a name and a payer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s NPI %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice&apos;s tax id must have 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace number must have 1 to 50 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscriber&apos;s last name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependent&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependent&apos;s date of birth is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of service is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 99 service types can be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service type code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::Eligibility271Reader</name>
    <message>
        <source>The payer&apos;s answer says neither active nor inactive (no EB01 status 1 to 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a 271 eligibility response: it holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a readable 271 eligibility response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health benefit plan coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiropractic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dental care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information the payer requires is missing from the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer does not allow this practice to ask for this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer cannot answer right now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer does not accept the provider&apos;s NPI; check the practice&apos;s NPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s name does not match the payer&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is not enrolled with this payer for eligibility inquiries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of service is outside the provider&apos;s enrollment with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer cannot answer for this date of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth does not match the payer&apos;s records; check it with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is after the date of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer cannot find the patient; check the name, date of birth and member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member id is not valid for this payer; check the id on the insurance card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber&apos;s name does not match the member id; check the name on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer cannot find the subscriber; check the member id, name and date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer has more than one subscriber with this member id; call the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber was found but not this patient as a dependent; check the patient&apos;s name and date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber is not in the group or plan named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse or payer does not accept the submitter&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer did not answer; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s name or id is missing or wrong; check the payer set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (payer reason %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::EligibilityService</name>
    <message>
        <source>The number of days to skip must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insurance in effect on the day: self-pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers eligibility questions by %2: verify by phone or portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clearinghouse endpoint is set up for real-time eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the verification list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification list entry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer %1 answers eligibility questions by %2, not by a 270.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a payload that is not a 271: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered another inquiry: the 271 does not echo trace number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 271 answer with trace number %1 matches no 270 waiting for an answer; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope must be soap or mime, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be 1 to 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available to you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::FetchedAckService</name>
    <message>
        <source>Name the fetched acknowledgment file (its name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledgment file %1 was fetched from the clearinghouse (acks fetched --all lists those that were).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 fetched files; give the id of one: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetched acknowledgment file %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the file is set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported on %2; only a file that is not imported can be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set aside on %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set aside (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was taken back by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::NcciParser</name>
    <message>
        <source>NCCI file, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 column(s); a row has column 1, column 2, the 1996 flag, the effective date, the deletion date and the modifier indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column 2 &apos;%1&apos; is not a procedure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prior-to-1996 flag &apos;%1&apos; is neither &apos;*&apos; nor empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effective date &apos;%1&apos; is not a date YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deletion date &apos;%1&apos; is neither a date YYYYMMDD nor &apos;*&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deletion date %1 is before the effective date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modifier indicator &apos;%1&apos; is not 0, 1 or 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column 1 &apos;%1&apos; is not a procedure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NCCI file has no edit rows (column 1, column 2, 1996 flag, effective date, deletion date, modifier indicator, separated by tabs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::SftpSession</name>
    <message>
        <source>The clearinghouse host %1 cannot be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse at %1:%2 cannot be reached: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 timed out after %3 s (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SFTP status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the server&apos;s host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of %1 is unknown: the server shows %2 and no key is pinned. Nothing was sent; pin the key after checking it with the clearinghouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of %1 has changed: the server shows %2 but %3 is pinned. The connection was refused and nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored private key for %1 cannot be read (not an OpenSSH or PEM key, or a wrong passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login of user %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not make a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect, host key and login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 has %3 bytes instead of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is larger than %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::SubmissionService</name>
    <message>
        <source>Claim %1 is on batch %2, whose delivery was started but never confirmed or refused. Ask the clearinghouse whether it has file %3 before sending the claim again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was already sent on batch %2 (%3); a claim is never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the outbox already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 disappeared while it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was %2 but that could not be recorded (%3); it stays &quot;sending&quot; and its claims are not sent again until it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch list needs a positive limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the batch by its interchange control number, file name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1 (name it by its interchange control number, file name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 batches; name the batch by its interchange control number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason batch %1 is settled (what the clearinghouse said).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2) is &quot;%3&quot;: only a batch still &quot;sending&quot;, whose delivery was neither confirmed nor refused, can be settled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 disappeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled as not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was saved to a file of the user&apos;s choice (%2); there is no destination to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 went to %2 but the clearinghouse settings now say %3; look for %4 there by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::render::Cms1500Builder</name>
    <message>
        <source>The services claim forms are made from are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one claim to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNATURE ON FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 cannot be printed on a CMS-1500: box %2 (%3) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insured&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s last and first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insured&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s street, city, state and ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagnosis pointer of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the billing provider&apos;s nine-digit federal tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing provider&apos;s name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing provider&apos;s NPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::render::Cms1500Document</name>
    <message>
        <source>CONTINUED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE %1 OF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no claim to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for the claim forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused page %1 of the claim forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS-1500 claim forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BatchClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BatchesDock</name>
    <message>
        <source>&amp;Settle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the clearinghouse received a batch left &quot;sending&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 settled as delivered: its %n claim(s) are submitted.</source>
        <translation>
            <numerusform>Batch %1 settled as delivered: its %n claim are submitted.</numerusform>
            <numerusform>Batch %1 settled as delivered: its %n claims are submitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 settled as not delivered: its %n claim(s) can go in a new batch.</source>
        <translation>
            <numerusform>Batch %1 settled as not delivered: its %n claim can go in a new batch.</numerusform>
            <numerusform>Batch %1 settled as not delivered: its %n claims can go in a new batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2) was left &quot;sending&quot;. Did the clearinghouse receive it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the clearinghouse say?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BatchesModel</name>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange (ISA13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (GS06)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BillingModule</name>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbilled charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbilled Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter Charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build Claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Claim from &amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance &amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Claims &amp;Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims Back to &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Draft Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;placement Claim (7)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void Claim (8)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport 837P…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scr&amp;ub Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Claims to Clearinghouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Claim &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of Service L&amp;ines…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BillingNames</name>
    <message>
        <source>Restricted patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BillingText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement (7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void (8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BuildReportDialog</name>
    <message>
        <source>Claims Built</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made</source>
        <translation>
            <numerusform>%n claim made</numerusform>
            <numerusform>%n claims made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) held</source>
        <translation>
            <numerusform>%n charge held</numerusform>
            <numerusform>%n charges held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrubbed as built: %1 with errors to correct, %2 with warnings to acknowledge. The Claims dock shows each claim&apos;s findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ChargeEntryDialog</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the charges and post them to the ledger (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10-CM codes in order, the principal first: J06.9, E11.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior a&amp;uthorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis pointers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiers and pointers separated by spaces or commas; pointers count the diagnoses from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 at %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges were entered for this visit already (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: units must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a diagnosis number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one line with a code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClaimDetailPane</name>
    <message>
        <source>Select a claim to see its lines, diagnoses and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer: %1 (order %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of payer claim %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior authorization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer has not reported a status for this claim yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service lines, as the payer answered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClaimLinesDialog</name>
    <message>
        <source>Status of Service Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: choose the service lines to ask the payer about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask the payer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClaimsDock</name>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scrubbed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrubbed %1: no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrubber findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected drafts to ready, to go in the next batch (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to dra&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected ready claims back to draft for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected drafts; their charges return to the unbilled list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place (7)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement claim for one the payer has, with the payer&apos;s claim control number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void (8)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void claim cancelling one the payer has, with the payer&apos;s claim control number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport 837…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected ready claims (or every ready claim) as an 837P file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter c&amp;harges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges for an appointment of a day (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scr&amp;ub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected claims (or every draft and ready claim shown) against the scrubber&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected claim&apos;s warnings so it can go to ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrubbed %1 claim(s): %2 error(s), %3 warning(s) to acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warning(s) acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claim(s) marked ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claim(s) moved back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draft(s) deleted; their charges are unbilled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1, a %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number of the claim to replace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number of the claim to void:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the 837P batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export 837</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 claim(s) to %2 (interchange %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export 837P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X12 837P files (*.837 *.x12 *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected ready claims (or every ready claim) to the clearinghouse as one 837P batch, by SFTP or to its outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the 837P batch to the clearinghouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Clearinghouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 could not be delivered: %2 Its claims stay ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 claim(s) in batch %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the payer now where the selected submitted or accepted claims stand (a real-time 276/277 through the clearinghouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the submitted or accepted claims to ask the payer about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking the payer about %n claim(s)…</source>
        <translation>
            <numerusform>Asking the payer about %n claim…</numerusform>
            <numerusform>Asking the payer about %n claims…</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status check did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer answered through %1 (interchange %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; payer claim number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n service line status(es), shown with the claim</source>
        <translation>
            <numerusform>; %n service line status, shown with the claim</numerusform>
            <numerusform>; %n service line statuses, shown with the claim</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the answer says nothing of this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of li&amp;nes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the payer now about chosen service lines of the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one submitted or accepted claim to ask the payer about its service lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service lines to ask the payer about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClaimsModel</name>
    <message>
        <source>not scrubbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to acknowledge</source>
        <translation>
            <numerusform>%n warning to acknowledge</numerusform>
            <numerusform>%n warnings to acknowledge</numerusform>
        </translation>
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of payer claim %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrubber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClearinghouseSettingsPage</name>
    <message>
        <source>Claim batches go to the clearinghouse by SFTP, or are saved in an outbox folder that the clearinghouse&apos;s own software picks up. Passwords and keys are kept encrypted in the practice database and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send batches by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sftp.clearinghouse.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SSH host key as the clearinghouse gives it (or as ssh-keygen -lf prints it). Connections to a server showing any other key are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(acknowledgments not fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves unsaved changes, then connects as claim submission does: checks the host key, logs in and lists the upload folder (or checks that the outbox folder can be written). Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSH or PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clearinghouse is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key fingerprint is missing: SFTP needs the server&apos;s key pinned (SHA256: and 43 characters, as the clearinghouse gives it or ssh-keygen -lf prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key fingerprint &quot;%1&quot; is not a SHA256 fingerprint (SHA256: and 43 base64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in with a private key needs the key file: none is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in with a password needs the password: none is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The outbox folder %1 can be written; it holds %n file(s).</source>
        <translation>
            <numerusform>The outbox folder %1 can be written; it holds %n file.</numerusform>
            <numerusform>The outbox folder %1 can be written; it holds %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. The server showed the pinned host key %2; the upload folder holds %n file(s).</source>
        <translation>
            <numerusform>Connected to %1. The server showed the pinned host key %2; the upload folder holds %n file.</numerusform>
            <numerusform>Connected to %1. The server showed the pinned host key %2; the upload folder holds %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::DockParts</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not include seeing billing (permission &quot;%1&quot;). Ask the practice administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::EligibilityPanel</name>
    <message>
        <source>E&amp;ligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has no insurance coverage on file: add one on the Insurance tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Now needs the clearinghouse&apos;s real-time endpoint (Settings ▸ Real-time eligibility): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, member id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ended %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the payer now (a real-time 270/271 through the clearinghouse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eligibility check is on file for this coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>271 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on %1 by 270 file; the payer&apos;s answer has not been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the payer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::EligibilityWords</name>
    <message>
        <source>Active coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: the payer says this coverage is not in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer could not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinsurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-pocket maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health benefit plan coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiropractic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital inpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital outpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision (optometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee and spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spouse only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in and out of network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 remaining of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 remaining of %3 for the %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 remaining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (the payer did not say how much remains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 for the %3 (the payer did not say how much remains).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::EndpointSettingsPage</name>
    <message>
        <source>Real-time eligibility checks (Check Now on a patient&apos;s Eligibility tab, and the Insurance verification dock) send a 270 to the clearinghouse&apos;s CAQH CORE endpoint over HTTPS and read the payer&apos;s 271.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP (WS-Security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME multipart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (ISA15 P); unchecked sends test interchanges (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real-time endpoint is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL must start with https:// (it starts with %1://): eligibility requests carry patients&apos; names and member ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender id is missing (CORE SenderID, also ISA06 of the 270).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver id is missing (CORE ReceiverID, also ISA08 of the 270).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time eligibility settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real-time eligibility settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::RejectionsDock</name>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect and resubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected claim&apos;s charges become a new draft claim to correct and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the rejection without a new claim, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: a new draft claim was made from its charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the rejection is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct and Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (what will be corrected):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (why no new claim is needed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::RejectionsModel</name>
    <message>
        <source>%1
Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::SettingsFields</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored; leave empty to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::UnbilledDock</name>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft claims from the billable charges of the date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create claim from &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One claim from the selected lines of one visit and payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter c&amp;harges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges for an appointment of a day (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s), %1</source>
        <translation>
            <numerusform>%n charge, %1</numerusform>
            <numerusform>%n charges, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n held</source>
        <translation>
            <numerusform>; %n held</numerusform>
            <numerusform>; %n held</numerusform>
        </translation>
    </message>
    <message>
        <source> (more as you scroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range runs backwards: %1 is after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building claims for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made</source>
        <translation>
            <numerusform>%n claim made</numerusform>
            <numerusform>%n claims made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n charge(s) held.</source>
        <translation>
            <numerusform>; %n charge held.</numerusform>
            <numerusform>; %n charges held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made claim %1 with %n line(s).</source>
        <translation>
            <numerusform>Made claim %1 with %n line.</numerusform>
            <numerusform>Made claim %1 with %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::UnbilledModel</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held because</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::VerificationDock</name>
    <message>
        <source>&amp;Check the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the payers about every appointment of the day (270/271)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified by phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom you spoke to and what they said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking eligibility for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointment(s): %2 checked, %3 recent, %4 errors, %5 not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::VerificationModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar</name>
    <message>
        <source>The time is outside the provider&apos;s working hours at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time falls in a lunch or admin block of the provider&apos;s schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is closed that day (holiday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s schedule is closed at that time that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has another appointment at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room or piece of equipment the visit needs is booked at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location has no room or equipment of the kind the visit needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider already has the most appointments of this type allowed that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment starts too soon: this type must be booked further ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment type is for new patients, and the patient has been seen before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment type is for established patients, and the patient has not been seen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not see patients for this appointment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See schedules and appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book, move and reschedule appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbook over schedule conflicts, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appointments and record no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move patients through the day (confirmed, arrived, roomed, with provider, checked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up schedule templates, holidays, changes and appointment types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring appointment needs its first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat interval must be from 1 to 52 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays are 1 (Monday) to 7 (Sunday); got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of the month must be 1 to 5, or -1 for the last (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series ends (%1) before its first date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series has from 1 to %1 occurrences (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series needs an end: a last date or a number of occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1: its location %2 has no valid time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check patients in: confirm demographics and insurance, take the copay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check patients out and book their follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See sent reminders, replies and reschedule requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run and retry reminders, send test messages, import replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the email, text message and reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the recall list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the recall list: add and dismiss recalls, log contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up recall reasons and the appointment types that set them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send recall campaigns by email and text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::AppointmentService</name>
    <message>
        <source>Choose the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be 5 to 720 minutes (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was changed by someone else: reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only scheduled or confirmed appointments can be moved or resized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has already checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status goes forward only: %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment that has not started cannot be a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cancel or no-show for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only scheduled or confirmed appointments can be rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reschedule keeps the patient of the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the search a date range (from before to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search at most a year at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::BookingEngine</name>
    <message>
        <source>No appointment type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment type %1 is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no schedule template: choose the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider works at several locations: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s time zone %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment needs a start before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overbook needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be overbooked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment can last at most %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::CalendarFhirExporter</name>
    <message>
        <source>The date range is not valid: give a first and a last date, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range is longer than a year (%1 days): every slot of it would go into the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::CalendarIcsExporter</name>
    <message>
        <source>The date range is not valid: give a first and a last date, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range is longer than two years (%1 days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::FrontDeskService</name>
    <message>
        <source>The client id must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copay cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id %1 was used for another check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is %1: it cannot be checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in is on the day of the appointment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copay at check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow board needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling needs a reason: cancel the appointment in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment type %1 for the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up interval must be a number of days, weeks or months (for example 2w or 3m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for 1 to 50 slots within a year of the target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled or missed appointment cannot be checked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::RecallCampaign</name>
    <message>
        <source>the shipped recall templates are missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall %1: the send log was not updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall %1: the contact was not logged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval between campaign messages must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::RecallService</name>
    <message>
        <source>No recall reason %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recall reason needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall interval must be 1 to 120 months (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recall reason named %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment type %1 sets no recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recall needs a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recall needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recall %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the recall is dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ScheduleAdminService</name>
    <message>
        <source>No provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type code &quot;%1&quot; must be 1 to 12 capital letters, digits, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment type needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be 5 to 720 minutes (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The color &quot;%1&quot; must be #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking lead time must be from 0 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily maximum must be from 0 (no limit) to 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A needed resource is a room or equipment (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs the date it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template ends before it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot length must be 5 to 240 minutes (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays are 1 (Monday) to 7 (Sunday); got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each range needs a start before its end (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alternating template needs the anchor date of its week A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another appointment type has code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved template could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved holiday could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra hours need their start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved change could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::SeriesService</name>
    <message>
        <source>No recurring appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occurrence(s) meet conflicts:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring appointment needs its patient, provider and first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occurrence of the series could be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be 5 to 720 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has no occurrence on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::WaitlistService</name>
    <message>
        <source>No appointment type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one part of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest date is before the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waitlist entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment still holds its time (cancel it first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::AppointmentDialog</name>
    <message>
        <source>Book Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n min)</source>
        <translation>
            <numerusform>%1 — %2 (%n min)</numerusform>
            <numerusform>%1 — %2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this booking may overlap (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;Overbook&quot; and give a reason to book it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient: search by name, date of birth or phone above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the overbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::CalendarDock</name>
    <message>
        <source>Your role does not include seeing the schedule (permission &quot;%1&quot;). Ask the practice administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day, week or month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day, week or month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the providers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book at the selected time (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find First Available…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest free times for a type, provider and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;No-Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;This One…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel This One…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change This and &amp;Following…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel This and Following…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not include cancelling appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1&apos;s appointment cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient called to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was not cancelled: a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 from the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Recurring Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring appointments changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Recurring Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are they cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s) of the series.</source>
        <translation>
            <numerusform>Cancelled %n appointment of the series.</numerusform>
            <numerusform>Cancelled %n appointments of the series.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not include booking appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Booked %n visit(s) of the series; some dates were left out for conflicts.</source>
        <translation>
            <numerusform>Booked %n visit of the series; some dates were left out for conflicts.</numerusform>
            <numerusform>Booked %n visits of the series; some dates were left out for conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time on the calendar first (click a free slot or use the arrow keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Now %n minute(s) long.</source>
        <translation>
            <numerusform>Now %n minute long.</numerusform>
            <numerusform>Now %n minutes long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked as an overbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may overbook. Give the reason to book it anyway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider&apos;s schedule as an iCalendar or FHIR file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::CalendarModule</name>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduling services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find First Available…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::CoreCalendarSource</name>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::ExportScheduleDialog</name>
    <message>
        <source>Export Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR R4 Bundle: Schedule, Slot, Appointment (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the patients in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar file leaves the practice: without names it carries only the appointment types and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iCalendar export is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR export is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n appointment(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n appointment of %1 to %2.</numerusform>
            <numerusform>Exported %n appointments of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::FindSlotDialog</name>
    <message>
        <source>Find First Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one part of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free time in these dates. Widen the dates, the day parts or the providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient: search by name, date of birth or phone above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::PatientNames</name>
    <message>
        <source>Restricted patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::PatientPicker</name>
    <message>
        <source>Find the patient: name, date of birth, phone or account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   #%2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::WaitlistOfferDialog</name>
    <message>
        <source>Offer the Freed Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 with %3 is free. These patients on the waitlist fit it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — waiting %n day(s)</source>
        <translation>
            <numerusform>%1 — waiting %n day</numerusform>
            <numerusform>%1 — waiting %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Leave Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is no longer on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::CheckInDialog</name>
    <message>
        <source>Never confirmed at a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, birth date, address and phone confirmed with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance card seen and coverage confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance and copay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the copay now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number or card approval (never the card number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected copay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in effect on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, member %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, copay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insurance on file: self-pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (credit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already taken today: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the copay received, in dollars and cents (for example 25.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the payer now (real-time eligibility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer could not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility: not checked with the payer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility: %1 (checked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office visit copay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible remaining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the payer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::CheckOutDialog</name>
    <message>
        <source>Check Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Out and &amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Out &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot within four weeks of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First free slots from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a slot for the follow-up, or check out only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::FlowBoardModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::FrontdeskDock</name>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled and no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in the office</source>
        <translation>
            <numerusform>, %n in the office</numerusform>
            <numerusform>, %n in the office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n late</numerusform>
            <numerusform>, %n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::FrontdeskModule</name>
    <message>
        <source>&amp;Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front desk&apos;s services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::StatusLook</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::MessageLogModel</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::MessagesDock</name>
    <message>
        <source>Reschedule requests and replies for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a failed message again (only one that certainly never left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Due Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent, %1 failed, %2 waiting for the allowed hours.</source>
        <translation>
            <numerusform>%n reminder sent, %1 failed, %2 waiting for the allowed hours.</numerusform>
            <numerusform>%n reminders sent, %1 failed, %2 waiting for the allowed hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) imported, %1 imported before.</source>
        <translation>
            <numerusform>%n reply(ies) imported, %1 imported before.</numerusform>
            <numerusform>%n reply(ies) imported, %1 imported before.</numerusform>
        </translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::MessagesModule</name>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder service is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Due Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::MessagingSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminders by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages (SMS gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminders by text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per appointment type (empty type: every other type). Reminders as &quot;3d:email+sms, 2h:sms&quot; (d days, h hours, m minutes before the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored; leave empty to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder schedules, row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workstation of the practice sends the due reminders on its own, every few minutes, while a user who may send reminders is logged in there (also while the screen is locked; not after logging out or quitting). Only the workstation chosen here runs them, so two workstations never send at the same time. Without one, reminders go out only with Send Due Reminders in the Messages dock or the frontdeskctl reminders run command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminders automatically from this workstation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workstation sends reminders automatically now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation sends them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation (%1) sends them now; checking the box above moves the runs here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::ReminderScheduler</name>
    <message>
        <source>Reminders cannot be sent automatically: this workstation&apos;s id could not be read from the practice database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reminder runs: the reminder settings could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are not sent automatically: no workstation is chosen in Settings ▸ Reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are sent automatically from another workstation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation sends reminders automatically, but the logged-in user may not send reminders: no automatic runs until a user who may logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reminders are sent automatically from this workstation every %n minute(s).</source>
        <translation>
            <numerusform>Reminders are sent automatically from this workstation every %n minute.</numerusform>
            <numerusform>Reminders are sent automatically from this workstation every %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last automatic run: %1, failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last automatic run: %1, %2 sent, %3 failed, %4 skipped, %5 waiting for the allowed hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::ReplyTableModel</name>
    <message>
        <source>Asks to reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply without a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging</name>
    <message>
        <source>form field %1 of the callback has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status callback has no MessageSid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status callback for %1 has the unknown MessageStatus &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status callback to %1 has no valid signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::CandidateBuilder</name>
    <message>
        <source>Appointment %1: the patient&apos;s record cannot be read for reminders (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::MessageLog</name>
    <message>
        <source>No logged reminder for appointment %1, rule %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: status %2 is not a delivery status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::MessagingSettings</name>
    <message>
        <source>&quot;%1&quot; is not OFFSET:CHANNELS (3d:email+sms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel &quot;%1&quot; in &quot;%2&quot; is not email or sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: the sender name must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: %1 has no template group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: %1 has a reminder %2 before the start; reminders go between 15 minutes and 14 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: %1 has two reminders %2 before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: the reminder %1 before the start in %2 has no channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: the reminder %1 before the start in %2 has the id %3 instead of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: schedules[%1].rules[%2]: channel &quot;%3&quot; is not email or sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: automatic runs every %1 minutes; give 1 to 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: the workstation of automatic runs must be one short line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::ReminderRenderer</name>
    <message>
        <source>Appointment %1: no reminder template for set &quot;%2&quot;, group &quot;%3&quot;, language %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1: the start time is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1: the patient&apos;s time zone is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::ReminderService</name>
    <message>
        <source>Email is not configured: no email reminders are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway is not configured: no text reminders are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logged message has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 cannot be sent again: only a failed message that certainly never left is retried, at most %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is not sent again: appointment %2 is past or no longer scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is not sent again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 was not sent again: it is being sent or was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a test message of the appointment reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from &quot;%1&quot; is not a US phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_at &quot;%1&quot; is not a date and time with its zone (2025-03-14T15:04:05Z or -05:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON array of replies (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must name from, body and received_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON array of status callbacks (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status callbacks cannot be checked: neither the callback secret nor the SMS auth token is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open reply has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored messaging settings are not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored messaging settings are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging settings: there is no secret called &quot;%1&quot; (%2, %3 or %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::ReminderTemplates</name>
    <message>
        <source>%1: unknown placeholder at character %2 (known: {practice}, {practice_phone}, {date}, {time}, {location}, {confirm}, {provider}, {address}; write {{ for a brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {%2} may not be used here (text messages carry only the practice, day, time, location and how to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped reminder templates are missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a reminder template file (format &quot;frontdesk-reminder-templates&quot;, version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the phrases for %2 are incomplete (date_format, time_format, confirm_sms, confirm_email, help, stop, start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: phrases for &quot;%2&quot;: the language must be en or es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a set, a group and a language (en or es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3/%4): needs sms, email_subject and email_text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::SmsGatewayClient</name>
    <message>
        <source>SMS through %1: the number is not in E.164 form or the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS through %1: no network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway %1 did not answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway %1 refused the message (HTTP %2, error %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway %1 answered HTTP %2 with no JSON object (offset %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway %1 answered HTTP %2 without a message sid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::SmsGatewaySettings</name>
    <message>
        <source>SMS gateway settings: the endpoint &quot;%1&quot; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway settings: the endpoint %1 must use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway settings: the account SID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway settings: the sender &quot;%1&quot; is not an E.164 number (+15555550100) and no messaging service is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway settings: the status callback &quot;%1&quot; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway settings: the timeout must be positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::SmtpSender</name>
    <message>
        <source>Message %1: the recipient is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; last reply: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 could not be sent through %2 (%3 step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::SmtpSettings</name>
    <message>
        <source>SMTP settings: the server name &quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings: port %1 of %2 is outside 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings: %1 would receive messages without TLS; only a loopback test server may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings: the sender address &quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings: the CA file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings: the timeouts of %1 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings: security &quot;%1&quot; is not starttls, tls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings: auth &quot;%1&quot; is not auto, plain or login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CalendarColumnFilter</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CalendarPainter</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appt(s)</source>
        <translation>
            <numerusform>%n appt</numerusform>
            <numerusform>%n appts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overbooked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CalendarPinboard</name>
    <message>
        <source>Pinboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments cut from the calendar. Choose one, pick a slot and paste (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 %3 (%n min)</source>
        <translation>
            <numerusform>%1 — %2 %3 (%n min)</numerusform>
            <numerusform>%1 — %2 %3 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut to Pinboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from Pinboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4, free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the pinboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CampaignPreviewDialog</name>
    <message>
        <source>Would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the patient&apos;s daytime (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no address or mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the patient&apos;s confidential-communication choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: texted STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: written to recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: email or text messages are not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: sent by another run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the record cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall Campaign Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recall(s), %2 patient(s): %3 would be written to, %4 wait for daytime, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::ContactDialog</name>
    <message>
        <source>Log Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::DismissDialog</name>
    <message>
        <source>Dismiss Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. moved away, seen elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::RecallListModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::RecallsDock</name>
    <message>
        <source>Log &amp;Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not contacted in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recall(s)</source>
        <translation>
            <numerusform>%n recall</numerusform>
            <numerusform>%n recalls</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a recall first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; names no appointment type to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason names no appointment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free time of that type in the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First free times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email and text messages are not set up for the practice (Settings, Reminders): nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::RecallsModule</name>
    <message>
        <source>&amp;Recalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Recall &amp;Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall C&amp;ampaign…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::cli</name>
    <message>
        <source>unknown command &quot;%1&quot;; see &apos;frontdeskctl --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: frontdeskctl %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: not a date or ISO 8601 time: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, %2 checkpoints (%3 entries after the last checkpoint are protected by the hash chain alone).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIT TRAIL TAMPERED: first bad entry #%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the keyring %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists (use --replace to overwrite it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes, encrypted) with its keyring %1.keys
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has a new key. New recovery key (the old one no longer works):

    %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database intact.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date as 2026-11-26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice database already exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 in %3 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo practice (%1, seed %2) created at %3 in %4 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as &quot;admin&quot; (or frontdesk, biller, manager, provider) with password %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from FRONTDESK_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version V is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--effective DATE is required for version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 %2 codes as version %3, effective %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--practice NAME and --admin USER are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created practice &quot;%1&quot; at %2 with administrator %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown once; write it down and keep it offline):

    %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens the practice if every administrator password is lost (frontdeskctl recover).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing:    %1, %2, %3 %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:   %1 (SQLCipher %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--effective DATE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 fees into &quot;%2&quot;, effective %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added location &quot;%1&quot; (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timely-days must be a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--appeal-days must be a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added payer &quot;%1&quot; (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referring (outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--first, --last and --npi are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--roles takes rendering, supervising and referring, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added provider %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of front_desk, biller, office_manager, administrator, provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed user %1. Run &apos;frontdeskctl rekey&apos; so that their old key opens nothing new.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 segment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read password file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: give --password-file, set FRONTDESK_PASSWORD, or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or fhir, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit entries written to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (as it was when the backup was taken): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup verified: opened as %1, integrity check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from BACKUP is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring for the backup at %1 (give it with --keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced files are kept as %1*.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key: give --recovery-key-file, set FRONTDESK_RECOVERY_KEY, or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1. Log in with it; the recovery key stays valid until the next rekey.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources written to %2 (one NDJSON file per type, and bundle.json)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 imported
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 skipped (already here or not taken)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  born %1 (%2), sex %3, %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  address: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  phone (%1): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  email: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  alert: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 patients can be imported; nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 patients (%2 coverages) from %3 in %4 s; %5 possible duplicates queued for review.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; choose another file or pass --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 patients to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  coverage %1: %2, member id %3, from %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no ledger entries
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurance pending %1, patient owes %2, unapplied credit %3, balance %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount must be an amount such as 25.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be cash, check or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id must be a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 %2 payment %3 for #%4; unapplied credit %5, patient owes %6.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3: entries say %4, stored %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, %2 service lines checked: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every balance matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>new patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1 from %2 is waiting for review: %3, born %4, %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be pending, accepted or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 intakes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRY_ID must be a ledger entry id (a UUID), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name the receipt&apos;s file, ending in .pdf or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote receipt %1 (copy) for a %2 payment to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was reversed; the receipt says so.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (overbooked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointment(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient, --provider, --type and --start are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start must be a local date and time as YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overbook needs the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider works at %1 locations: choose one with --location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist at the location (the clocks skip that hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 at %2 (%3 min)%4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, overbooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice has no appointment types yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be from 1 to 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day-parts takes morning, afternoon and evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slot(s) for %2 (%3 min)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider, --from, --to and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 is not known (ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 appointment(s) to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2) is not CODE[:MOD...][xUNITS][@P.P...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dx is required (ICD-10-CM codes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without --appointment, --patient and --lines are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered %1 line(s) for %2 on %3: %4 (encounter %5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unbilled charge(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claim(s) built, %2 charge(s) held
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is one of draft, ready, submitted, accepted, rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claim(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give claim ids or --all (every draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claim(s) ready
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format 837 is the only format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 claim(s) to %2 (interchange %3, group %4); they are submitted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointment(s) on %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS must be confirmed, arrived, roomed, with_provider, checked_out or no_show, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is now %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copay must be a whole number of cents (2500 for $25.00), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be cash, card or check, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method needs --copay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: appointment %1 is %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copay %1 (%2) recorded as unapplied credit, ledger entry %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client id was seen before: nothing new was recorded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--not-contacted must be a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recall(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due is required (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall %1 added, due %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is required: say why the recall is dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall %1 dismissed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recall(s), %2 patient(s): %3 sent, %4 would be sent, %5 deferred, %6 skipped, %7 failed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resend-days must be a whole number of days, at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM, optionally with Z or an offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointments: %2 sent, %3 would be sent, %4 failed, %5 deferred, %6 skipped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --email ADDRESS or --sms NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for staff: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replies read, %2 imported, %3 imported before
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 callbacks read, %2 applied, %3 for unknown messages
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel is email or sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is queued, sent, delivered, undelivered, failed or skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is on or off, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--schedules: &quot;%1&quot; has no &apos;=&apos; (TYPE[/GROUP]=3d:email+sms,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--schedules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smtp-port is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smtp-security is starttls, tls or none, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 already imported on %3; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: batch %2 (group %3) %4: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: claim %2 %3%4: %5 %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 claim(s), %4 rejection(s) queued
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejection(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note TEXT is required (why the rejection is resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: charges moved to the new draft claim %2; correct it and send it again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: rejection resolved.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the claims: --claims CLAIM,CLAIM (ids or claim numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a 276 for %1 claim(s) to %2 (interchange %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the claim forms to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claims must name at least one claim id (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name the PDF to write, ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 CMS-1500 page(s) for %2 claim(s) to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 error(s), %3 warning(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claim(s) scrubbed, %2 clean
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning %2 acknowledged; the claim can go to ready
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning %2 acknowledged; the claim has more to correct or acknowledge
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 NCCI edit(s), %3 new, %4 updated
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payer is &apos;%1&apos; (give its id, name or payer id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payers match &apos;%2&apos;: give the payer&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--require-referring takes yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: claims need a referring provider
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: claims need no referring provider
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a whole number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is sftp or folder, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth is password or key, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (host key %1 matches the pin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 file(s) there.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 claim(s) as %2 (interchange %3, group %4) to %5; they are submitted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2) was not delivered: %3
Its %4 claim(s) stay ready; submit again to send them in a new batch.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batch(es)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage %1: %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has no insurance in effect today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --write-270 or --import-271, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATIENT (id or account number) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the 270 (trace %1) to %2; import the payer&apos;s 271 with --import-271.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-days is a number of days (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointment(s): %2 checked, %3 checked recently, %4 error(s), %5 not checked
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  verified by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility endpoint set|show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the files to import, or --fetch or --fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n new acknowledgment file(s) from the clearinghouse.
</source>
        <translation>
            <numerusform>Fetched %n new acknowledgment file from the clearinghouse.
</numerusform>
            <numerusform>Fetched %n new acknowledgment files from the clearinghouse.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:   %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fetched file(s) could not be imported; they stay fetched and are tried again by the next acks import --fetched.
</source>
        <translation>
            <numerusform>%n fetched file could not be imported; they stay fetched and are tried again by the next acks import --fetched.
</numerusform>
            <numerusform>%n fetched files could not be imported; they stay fetched and are tried again by the next acks import --fetched.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a 277 imported before (%2); nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 (%2): payer status %3 %4%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; payer claim number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the 277 says nothing about it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a 276 for %1 claim(s) to %2 (interchange %3); the 277 answer is recorded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --out FILE to write the 276, or --realtime to send it to the clearinghouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --realtime the sender, receiver and test flag come from the eligibility endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sending for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not at %2 (the clearinghouse may have taken it away already).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2 with %3 bytes (this batch&apos;s own size was not recorded).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2 with %3 bytes; the batch has %4: %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT the right size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2) settled as delivered: its %3 claim(s) are submitted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2) settled as not delivered: its %3 claim(s) are ready to go in a new batch; its control numbers stay used.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --uploaded or --failed, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --uploaded or --failed (what the clearinghouse said), or --check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason TEXT is required (what the clearinghouse said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at the clearinghouse with the right size, so the batch was delivered; settle it with --uploaded. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lines needs line numbers or claim line ids: --lines 1,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks about %1 service line(s) (loop 2210).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for acks import --fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fetched file(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason TEXT is required (why the file is set aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set aside: acks import --fetch and --fetched skip it until acks take-back %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken back: the next acks import --fetched tries it again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrubbed as built: %1 with errors, %2 with warnings to acknowledge (claims scrub shows the findings)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::demo</name>
    <message>
        <source>Unknown demo size &quot;%1&quot; (small, medium or large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data for %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::desktop::DesktopApp</name>
    <message>
        <source>Set FRONTDESK_USER and FRONTDESK_PASSWORD to log in without the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice profile service is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::desktop::FirstRunWizard</name>
    <message>
        <source>Set Up Frontdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These appear on claims and statements; an office manager can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits (organization NPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x id (EIN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user manages the others. The password must have at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the practice if every password is lost. It is shown only now: write it down and keep it locked away, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s username and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::desktop::LoginDialog</name>
    <message>
        <source>Frontdesk — Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to Frontdesk&lt;/b&gt;&lt;br/&gt;Practice file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice file is damaged and was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::desktop::main</name>
    <message>
        <source>Frontdesk: front-office software for medical practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database (created on first run; default: practice.db in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in from FRONTDESK_USER/FRONTDESK_PASSWORD, save the window as a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1440x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (en, es) for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1440x900</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::fhir</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entry %1: a resource needs a resourceType and a valid id (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entry %1: %2 is already in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle.resourceType: expected &quot;Bundle&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle.entry: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.resource: expected a resource object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.resource: a resource needs a resourceType and an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Bundle.entry[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a resource or a Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the object has no resourceType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NDJSON line must hold a resource with a resourceType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write NDJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected one JSON object per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty string is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FHIR dateTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (1-64 letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients</name>
    <message>
        <source>Merge duplicate patient records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a merge of patient records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patients from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient records to files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number sequence is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account number (1 to 20 letters, digits and dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or MM/DD/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex for claims (M, F or U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, inactive or deceased).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account number %1 belongs to an existing patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coverage needs the payer (its payer id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payer of the practice&apos;s payer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 payers of the practice; use the payer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column holds %1, as column &quot;%2&quot; does already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names column &quot;%1&quot;, which the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds %1 (the header row must name it, or the mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient file was refused: %1 problems in %2 rows; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object {&quot;column header&quot;: &quot;field&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a field (%3, or &quot;&quot; to ignore the column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is already the field of column &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names no column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 values, the header %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account number %1 appears again (first in row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no patients, only a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s payers are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be written; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo patients need the demo payers (commercial, Medicare and Medicaid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner/%1 is neither in the import nor a provider of the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient/%1 is not in the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization/%1 is neither a payer of the import nor of the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps another coverage of the patient with the same order (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR import must run inside a database transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a reference to a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patient needs an official (legal) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dateTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not male, female, other or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a RelatedPerson or a Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the contained resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a reference to a Patient or to a contained RelatedPerson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only USD amounts are kept, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coverage needs a member id (an identifier of type MB, or subscriberId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscriber relationship (self, spouse, child, parent, common, other, injured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex for insurance claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s relationship to the subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an amount in whole cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge record %1 names table %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::CoverageDialog</name>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 primary, 2 secondary, 3 tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient is the subscriber&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber &amp;first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber &amp;last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deductible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or choose f&amp;ront…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance card, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or choose bac&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance card, back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::CsvImportDialog</name>
    <message>
        <source>&amp;Review possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patients from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every row, or nothing if any row cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a problem to see its row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients as they will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again after correcting it in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing patient files is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 patient is ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patients are ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import: CSV (comma or semicolon separated) with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: change the mapping or correct the file and reload it. Nothing is imported while a problem remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 patients, %3 insurance coverages; %4 new account numbers were given. Possible duplicates queued for review: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made private to you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DateEdit</name>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DemographicsPage</name>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jr, Sr, III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patient likes to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative sex as insurance claims carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transgender woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transgender man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>he/him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they/them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x (for claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pron&amp;ouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email may be used for reminders and statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as a banner: collections, needs interpreter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record (staff, VIP): only emergency access opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplo&amp;yer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary pro&amp;vider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;ert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose p&amp;hoto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most 5 MiB, to recognise the patient at the desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DocumentsPage</name>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the patient&apos;s record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DuplicateReviewDialog</name>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other record is folded into the one you keep; an administrator can undo it. Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person registered twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DuplicateWarningDialog</name>
    <message>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar-sounding name, same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same insurance member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient may already be registered. Open the existing record, or save the new one anyway: it is then listed for review under Possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::GuarantorPage</name>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is their own &amp;guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join that family account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number of a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guarantor yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the patient)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::ImageField</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see it larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a PNG or JPEG file but cannot be read as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::InsurancePage</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add insurance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this insurance from the patient?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::IntakeReviewDialog</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import intake file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;new patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chosen values to the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K keeps the value on the record, Ctrl+T takes the submitted one, F2 or typing corrects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake queue is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake was not accepted; see the marked field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this intake rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import intake file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake forms (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, date of birth, phone or account number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2), born %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientCsvPreviewModel</name>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex (M, F, U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment, suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the patient (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient with the search above, or register a new one with New patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient with the search above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   #%2   born %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientSearchModel</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record: opening it needs emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientsDock</name>
    <message>
        <source>Your role does not include looking up patients (permission &quot;%1&quot;). Ask the practice administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient: name, date of birth, phone, account or member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 patient found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patients found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is restricted. Opening it is emergency access: it is recorded in the audit trail and reviewed by the office manager.
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms patients filled in, waiting to be accepted into their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patients to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patients.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patients were written to %1. The file holds patient information: keep it where only those who need it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientsModule</name>
    <message>
        <source>Pa&amp;tients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient registry&apos;s services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Patients from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Patients to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PhonesEditor</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>555-555-0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient agreed to receive text messages at this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PrivacyPage</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements and letters may go to the home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail may be left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email may be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones that may be called (none ticked: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels (none ticked: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient disa&amp;grees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not bill the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all self-paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not bill my plan for services I pay for myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPT/HCPCS codes, comma-separated; empty: every self-paid service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day the restriction applies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What part of the record is the request about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change the patient asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the denial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the denied request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s statement:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::StateAddressEditor</name>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apt, suite (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice</name>
    <message>
        <source>Commercial insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Part B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Part A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue Cross/Blue Shield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health maintenance organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred provider organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive provider organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnity insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Medicare risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRICARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterans Affairs plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automobile medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal Employees Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other federal program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other non-federal program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutually defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import code sets (ICD-10-CM, HCPCS, taxonomy, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuation of %1 without its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record id must be 3, 4, 7 or 8, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 has no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the HCPCS record layout (code, sequence number, record id, descriptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row must name HCPC and LONG DESCRIPTION or SHORT DESCRIPTION columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termination date &quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row must name the Code and Classification columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy %1 has no classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected code, description[, start date[, stop date]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates must be written as YYYY-MM-DD or MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is malformed (%2 bad lines); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the order-file layout (order number, code, header flag, descriptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header flag must be 0 or 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a code followed by its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a code-set file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code-set version needs a name (as 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code-set version needs an effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of service is needed to check a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 (effective %3) is already imported; a new version needs a new name and a new effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the code import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported version vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code %2 is a category heading, not a billable code; choose a more specific code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code %2 is not in any imported version of the code set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code %2 is not valid on %3; it is valid %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUCC taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment reason (CARC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remark (RARC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim status category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code set &quot;%1&quot; (one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header row must name the code and amount columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPT or HCPCS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier &quot;%1&quot; must be two letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not a dollar amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file holds no fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee schedule file is malformed (%1 bad lines); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee schedule for the same payer already starts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee schedule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee schedule needs an effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee schedule ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPT or HCPCS code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee for %1 on %2 in the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer&apos;s fee schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which payer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of service %1 is not a CMS place-of-service code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every room and piece of equipment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource is a room or equipment, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim filing indicator code (as CI, MB, MC, BL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic claims need the payer id the clearinghouse uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer id &quot;%1&quot; for &quot;%2&quot; must be 2 to 80 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timely filing limit must be between 1 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal window must be between 1 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown eligibility channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown claim channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payer has the id %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider needs an NPI identifier (system %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a reference to a Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a reference to a Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one location per role is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PractitionerRole.practitioner: Practitioner/%1 is not in the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PractitionerRole.location: Location/%1 is not in the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR import must run inside a database transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an Organization that is not a payer (the practice&apos;s own profile is set up by init) was left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter code set %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing address must be a street address; put a PO box in the pay-to address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy %1 is not a known NUCC code; import the current NUCC file (frontdeskctl codes import --set taxonomy) if it is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NPI is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI &quot;%1&quot; is not valid: it must be 10 digits starting with 1 or 2, with a correct check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id &quot;%1&quot; is not an EIN (nine digits, as 12-3456789).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy &quot;%1&quot; is not a NUCC code (10 characters ending in X, as 207Q00000X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA id such as America/Chicago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs a street line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs a city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a US state code (two capital letters, as NY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code &quot;%1&quot; must be 5 or 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of service &quot;%1&quot; must be a two-digit CMS code (11 is an office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday (mon, tue, ... sun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours &quot;%1&quot; on %2 must be ranges like 08:00-12:00,13:00-17:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider needs a first and a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider of the practice needs a taxonomy code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider&apos;s roles on claims (rendering, supervising, referring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider from outside the practice can only refer; they work at none of its locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI %1 already belongs to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider has NPI %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice has no organization NPI yet; enter it in the practice profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui</name>
    <message>
        <source>rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timely filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::AddressEditor</name>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite, floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::CodeSetsPage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of service: codes are shown as valid on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or words, e.g. E11 or diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 codes; type more to narrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 codes as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code set file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::FeeSchedulesPage</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n fee(s) into &quot;%1&quot;.</source>
        <translation>
            <numerusform>Imported %n fee into &quot;%1&quot;.</numerusform>
            <numerusform>Imported %n fees into &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import fee schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge master (what the practice bills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::ListPage</name>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::LocationDialog</name>
    <message>
        <source>Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mon 08:00-12:00,13:00-17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room: Exam 1
equipment: ECG cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NPI&apos;s check digit is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms and equipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::PayerDialog</name>
    <message>
        <source>Secondary claims cross over automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60054, or availity=60054, other=12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic (270/271)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic (837P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (CMS-1500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer &amp;ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;filing indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timely filing limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppeal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::PracticeDock</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code sets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::PracticeModule</name>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;Setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::ProfilePage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NPI&apos;s check digit is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization &amp;NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax id (EIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;xonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-to address
(when different)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::ProviderDialog</name>
    <message>
        <source>Bills under their own NPI (not the organization&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From outside the practice (refers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 207Q00000X (Family Medicine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NPI&apos;s check digit is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A taxonomy code is 10 characters ending in X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles on claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::security</name>
    <message>
        <source>Unknown permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators always keep the right to change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass access needs a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass access needs a reason of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automation user cannot break the glass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry needs an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit checkpoint file %1 is damaged at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cryptographic operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid base32 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is missing. Restore it from a backup, then open the practice with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no key wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins: this user name is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Too many failed logins: this user name is locked for %n more minute.</numerusform>
            <numerusform>Too many failed logins: this user name is locked for %n more minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Several failed logins: try again in %n second(s).</source>
        <translation>
            <numerusform>Several failed logins: try again in %n second.</numerusform>
            <numerusform>Several failed logins: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must differ from the last %1 passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change and remove user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what each role may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change audit settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review break-glass accesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the practice&apos;s setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the practice&apos;s setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patient records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change patient records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open restricted patients without break-glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the practice from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of an audit entry (%1) are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry (%1) names its patients twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::security::PracticeSession</name>
    <message>
        <source>Too many failed attempts: log out or wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::security::SessionOpener</name>
    <message>
        <source>A practice already exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong second-factor code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring names a user the database does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice has no active administrator to recover as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins: this user name is locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password or unknown user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database has no audit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 does not match the database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practice database at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::security::UserService</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice needs at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the user can change their own password; an administrator resets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the second-factor enrollment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not match; check the authenticator&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::shell::ActionRegistry</name>
    <message>
        <source>An action needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action id %1 is registered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut %1 of %2 is already used by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::shell::CommandPalette</name>
    <message>
        <source>Type a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::shell::GeneralSettingsPage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Frontdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input, Frontdesk hides every screen until your password is entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::shell::LockOverlay</name>
    <message>
        <source>Frontdesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::shell::MainWindow</name>
    <message>
        <source>Frontdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Frontdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Frontdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Frontdesk %1&lt;/b&gt;&lt;p&gt;Front-office software for medical practices.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dock %1 is offered twice or cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screens are available to your role. Ask the practice administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or the authenticator code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::shell::ModuleHost</name>
    <message>
        <source>Module %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two modules have the id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::shell::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::shell::ShellStatusBar</name>
    <message>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::storage</name>
    <message>
        <source>The database %1 is damaged, was tampered with or is not a Frontdesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::storage::Database</name>
    <message>
        <source>The database key must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unencrypted database cannot be rekeyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-encrypt the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the database to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged, was tampered with or is not a Frontdesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a plain, unencrypted SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher is not available: PRAGMA cipher_version did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher 4 is required, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the database to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QSQLCIPHER driver is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write that needs full durability cannot run inside a transaction begun without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::storage::Migrator</name>
    <message>
        <source>The %1 schema of this database is version %2, newer than this program knows (%3): update Frontdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration set has no module name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations of %1 must be numbered 1, 2, 3...: found version %2 at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 version %2 has nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 version %2 (%3) failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::storage::Outbox</name>
    <message>
        <source>The device state is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox&apos;s field set was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox mutation %1 (device_seq %2): its values do not match its field set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values do not match their field set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::storage::SqlCipherDriver</name>
    <message>
        <source>Unknown connect option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are not accepted; the database takes a raw key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to apply the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to change the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::storage::SqlCipherResult</name>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1, %2 bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement is prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::storage::SyncedRows</name>
    <message>
        <source>A row id must be a UUID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update of %1 names no field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid table name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid column name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is maintained by the sync bookkeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row %1 in %2 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row %1 in %2 was changed meanwhile (version %3, expected %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insert names no columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insert into %1 has %2 values for %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::storage::Transaction</name>
    <message>
        <source>The transaction is no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::x12</name>
    <message>
        <source>the data element dictionary is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> loop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; value &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guide map %1 has no ST/SE/GS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide resource %1 is missing from the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a %1 %2 transaction set, got %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the guide map %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::x12::ElementValidator</name>
    <message>
        <source>trailing empty element(s): delimiters not suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segment to end after its last non-empty element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment has %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required element missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element is not used in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite has %1 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required component missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component is not used in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits only (implied decimal places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid DT value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date CCYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid TM value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time HHMM[SS[dd]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short: %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code is not valid here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code is not in code set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax rule %1 is not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P: all or none, R: at least one, E: at most one, C/L: the first needs the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value does not match date/time format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCYYMMDD-CCYYMMDD, start not after end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::x12::EnvelopeReader</name>
    <message>
        <source>invalid segment identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two or three upper-case letters or digits, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 outside a transaction set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data segments between ST and SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction set %1 has no SE trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functional group has no GE trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GE before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interchange has no IEA trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA before the next ISA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interchange version is not 00501: this reader reads X12 005010 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS outside an interchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISA first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST outside a functional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known version; checked against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guide for this transaction set and version: only the envelope was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>837 X222A1, 835 X221A1, 270/271 X279A1, 276/277 X212, 277 X214, 999 X231A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functional identifier does not match transaction set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE01 does not match the number of segments from ST to SE (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE02 does not match ST02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GE without GS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GE01 does not match the number of transaction sets in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GE02 does not match GS06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA without ISA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GE before IEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA01 does not match the number of functional groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA02 does not match ISA13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends inside transaction set %1 (no SE, GE, IEA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends before the IEA trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE, GE and IEA trailers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::x12::GuideTextLoader</name>
    <message>
        <source>guide description %1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout needs an id and its elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element clause &apos;%1&apos; needs a position and a usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no element %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no component %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment needs an id, a usage and a maximum use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layout for segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indentation does not follow a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loop needs an id, a usage and a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown statement &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction line or no segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::x12::LoopBuilder</name>
    <message>
        <source>required loop %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required segment %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 repeats more often than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop %1 repeats more often than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 not expected here (out of order, wrong qualifier or too many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment the guide allows after loop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::x12::SegmentScanner</name>
    <message>
        <source>ISA segment is %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>106 characters (fixed-width fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segment terminator within %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments ending with &apos;%1&apos; (ISA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends inside a segment (no terminator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::x12::SemanticChecker</name>
    <message>
        <source>HL id repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HL ids must count up from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HL02 names a parent level that does not precede it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HL01 of an earlier level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim total differs from the sum of its service line charges (SV102)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI fails the check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten digits with a valid Luhn check digit (prefix 80840)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim adjustment reason code is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a current CARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-9-CM qualifier in a 5010 claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10-CM qualifiers (ABK, ABF, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service lines must count up from 1 in each claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::x12::X12Writer</name>
    <message>
        <source>character &apos;%1&apos; is outside the X12 basic character set or is a separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 element %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 element %2 repeats but the interchange has no repetition separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the separators are unusable: the repetition and segment separators must be outside the basic character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISA sender and receiver ids need 1 to 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISA id qualifiers have two characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interchange control number must be 1 to 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group control number must be 1 to 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction set control number needs 4 to 9 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character is outside the X12 basic character set or is a separator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
