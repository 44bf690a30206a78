<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>fd::AtomicFile</name>
    <message>
        <source>File not found: %1</source>
        <translation>Archivo no encontrado: %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk</source>
        <translation>No se puede escribir %1 en el disco</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>No se puede reemplazar %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>Cannot append to %1</source>
        <translation>No se puede añadir a %1</translation>
    </message>
</context>
<context>
    <name>fd::Money</name>
    <message>
        <source>Not an amount of money: &quot;%1&quot;</source>
        <translation>No es un monto de dinero: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>fd::accounts</name>
    <message>
        <source>See accounts, ledger entries and balances</source>
        <translation>Ver cuentas, asientos del libro mayor y saldos</translation>
    </message>
    <message>
        <source>Post charges for services</source>
        <translation>Registrar cargos por servicios</translation>
    </message>
    <message>
        <source>Record payments and apply credit</source>
        <translation>Registrar pagos y aplicar crédito</translation>
    </message>
    <message>
        <source>Post adjustments (write-offs)</source>
        <translation>Registrar ajustes (cancelaciones contables)</translation>
    </message>
    <message>
        <source>Move balances between insurance and patient</source>
        <translation>Transferir saldos entre el seguro y el paciente</translation>
    </message>
    <message>
        <source>Refund credit to patients</source>
        <translation>Reembolsar crédito a los pacientes</translation>
    </message>
    <message>
        <source>Reverse ledger entries</source>
        <translation>Revertir asientos del libro mayor</translation>
    </message>
    <message>
        <source>PR-1: deductible</source>
        <translation>PR-1: deducible</translation>
    </message>
    <message>
        <source>PR-2: coinsurance</source>
        <translation>PR-2: coaseguro</translation>
    </message>
    <message>
        <source>PR-3: copay</source>
        <translation>PR-3: copago</translation>
    </message>
</context>
<context>
    <name>fd::accounts::render::ReceiptBuilder</name>
    <message>
        <source>The services receipts are made from are not available.</source>
        <translation>Los servicios con los que se generan los recibos no están disponibles.</translation>
    </message>
    <message>
        <source>Ledger entry %1 is a %2, not a patient payment: only patient payments have receipts.</source>
        <translation>El asiento %1 es de tipo %2, no un pago del paciente: solo los pagos de pacientes tienen recibo.</translation>
    </message>
    <message>
        <source>The practice&apos;s time zone &quot;%1&quot; is not known; correct it in the practice profile.</source>
        <translation>La zona horaria &quot;%1&quot; del consultorio no es conocida; corríjala en el perfil del consultorio.</translation>
    </message>
    <message>
        <source>practice staff</source>
        <translation>personal del consultorio</translation>
    </message>
</context>
<context>
    <name>fd::accounts::render::ReceiptDocument</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Electronic transfer</source>
        <translation>Transferencia electrónica</translation>
    </message>
    <message>
        <source>Check no.</source>
        <translation>N.º de cheque</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>Referencia de tarjeta</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <source>PAYMENT RECEIPT — COPY</source>
        <translation>RECIBO DE PAGO — COPIA</translation>
    </message>
    <message>
        <source>PAYMENT RECEIPT</source>
        <translation>RECIBO DE PAGO</translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <translation>Recibo n.º %1</translation>
    </message>
    <message>
        <source>COPY — reprinted %1 %2 by %3. This is not a new payment.</source>
        <translation>COPIA — reimpresa el %1 %2 por %3. Esto no es un nuevo pago.</translation>
    </message>
    <message>
        <source>REVERSED on %1: %2. This payment no longer counts toward the account.</source>
        <translation>REVERTIDO el %1: %2. Este pago ya no se computa en la cuenta.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>N.º de cuenta</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Garante</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Importe recibido</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recibido por</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Aplicado a</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>%1 unapplied credit, to be applied to the visit&apos;s charges.</source>
        <translation>%1 de crédito sin aplicar, que se aplicará a los cargos de la visita.</translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation>Pendiente del seguro</translation>
    </message>
    <message>
        <source>You owe</source>
        <translation>Usted debe</translation>
    </message>
    <message>
        <source>Unapplied credit</source>
        <translation>Crédito sin aplicar</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Saldo de la cuenta</translation>
    </message>
    <message>
        <source>Your account after this payment</source>
        <translation>Su cuenta después de este pago</translation>
    </message>
    <message>
        <source>Thank you. Please keep this receipt for your records.</source>
        <translation>Gracias. Conserve este recibo para sus registros.</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>Recibo de pago %1</translation>
    </message>
    <message>
        <source>The receipt&apos;s picture could not be encoded.</source>
        <translation>No se pudo codificar la imagen del recibo.</translation>
    </message>
    <message>
        <source>A receipt is saved as .pdf or .png; &quot;%1&quot; ends otherwise.</source>
        <translation>Un recibo se guarda como .pdf o .png; &quot;%1&quot; tiene otra extensión.</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1: %2</source>
        <translation>No se pudo escribir el recibo en %1: %2</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::AccountsDock</name>
    <message>
        <source>Your role does not include seeing accounts (permission &quot;%1&quot;). Ask the practice administrator if you need it.</source>
        <translation>Su rol no incluye ver cuentas (permiso &quot;%1&quot;). Si lo necesita, solicítelo al administrador del consultorio.</translation>
    </message>
    <message>
        <source>Find a patient: name, date of birth, phone or account number</source>
        <translation>Buscar un paciente: nombre, fecha de nacimiento, teléfono o número de cuenta</translation>
    </message>
    <message>
        <source>No patient open.</source>
        <translation>No hay ningún paciente abierto.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Show reversed</source>
        <translation>Mostrar revertidos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>%1   #%2   %3</source>
        <translation>%1   #%2   %3</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation>Ningún paciente coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1   #%2</source>
        <translation>%1   #%2</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>Money from the patient: for a visit&apos;s balance or as credit for the visit</source>
        <translation>Dinero del paciente: para el saldo de una visita o como crédito para la visita</translation>
    </message>
    <message>
        <source>&amp;Adjustment…</source>
        <translation>&amp;Ajuste…</translation>
    </message>
    <message>
        <source>Write off part of a service line&apos;s balance with its CARC reason</source>
        <translation>Cancelar parte del saldo de una línea de servicio con su motivo CARC</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>Move part of a line&apos;s balance from insurance to the patient</source>
        <translation>Pasar parte del saldo de una línea del seguro al paciente</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Reem&amp;bolsar…</translation>
    </message>
    <message>
        <source>Pay unapplied credit back to the patient</source>
        <translation>Devolver al paciente el crédito sin aplicar</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;vertir…</translation>
    </message>
    <message>
        <source>Undo the selected entry by a new, opposite entry</source>
        <translation>Anular el asiento seleccionado mediante un nuevo asiento de signo contrario</translation>
    </message>
    <message>
        <source>Re&amp;print receipt</source>
        <translation>Reimprimir &amp;recibo</translation>
    </message>
    <message>
        <source>A copy of the selected payment&apos;s receipt</source>
        <translation>Una copia del recibo del pago seleccionado</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Vista pr&amp;evia…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Your role does not include this (permission &quot;%1&quot;).</source>
        <translation>Su rol no incluye esta acción (permiso &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Recorded a %1 %2 payment.</source>
        <translation>Se registró un pago de %1 (%2).</translation>
    </message>
    <message>
        <source>Posted a %1 adjustment.</source>
        <translation>Se registró un ajuste de %1.</translation>
    </message>
    <message>
        <source>Transferred %1.</source>
        <translation>Se transfirió %1.</translation>
    </message>
    <message>
        <source>Refunded %1 of credit.</source>
        <translation>Se reembolsó %1 de crédito.</translation>
    </message>
    <message>
        <source>Reverse Entry</source>
        <translation>Revertir asiento</translation>
    </message>
    <message>
        <source>Reverse the %1 of %2 for %3? The entry stays in the ledger; a new entry undoes it.
Reason:</source>
        <translation>¿Revertir %1 de %2 para %3? El asiento permanece en el libro de cuentas; un nuevo asiento lo anula.
Motivo:</translation>
    </message>
    <message>
        <source>Reversed the %1.</source>
        <translation>Se revirtió: %1.</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::AccountsModule</name>
    <message>
        <source>Acco&amp;unts</source>
        <translation>C&amp;uentas</translation>
    </message>
    <message>
        <source>The ledger&apos;s services are not available</source>
        <translation>Los servicios del libro de cuentas no están disponibles</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Reprint &amp;Receipt…</source>
        <translation>Reimprimir &amp;recibo…</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::AccountsServices</name>
    <message>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::BalanceHeader</name>
    <message>
        <source>Patient owes</source>
        <translation>Adeuda el paciente</translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation>Pendiente del seguro</translation>
    </message>
    <message>
        <source>Unapplied credit</source>
        <translation>Crédito sin aplicar</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Saldo de la cuenta</translation>
    </message>
    <message>
        <source>0–30</source>
        <translation>0–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>91–120</source>
        <translation>91–120</translation>
    </message>
    <message>
        <source>Over 120</source>
        <translation>Más de 120</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::GuarantorPanel</name>
    <message>
        <source>Guarantor and family</source>
        <translation>Garante y familia</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient owes</source>
        <translation>Adeuda el paciente</translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation>Pendiente del seguro</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>%1 is their own account: no guarantor is recorded.</source>
        <translation>%1 es titular de su propia cuenta: no hay ningún garante registrado.</translation>
    </message>
    <message>
        <source>Guarantor: %1. Family: patient owes %2, insurance pending %3, credit %4, balance %5.</source>
        <translation>Garante: %1. Familia: adeuda el paciente %2, pendiente del seguro %3, crédito %4, saldo %5.</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::LedgerTableModel</name>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Insurance payment</source>
        <translation>Pago del seguro</translation>
    </message>
    <message>
        <source>Patient payment</source>
        <translation>Pago del paciente</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Crédito aplicado</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>check</source>
        <translation>cheque</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>EFT</source>
        <translation>EFT</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> ×%1</source>
        <translation> ×%1</translation>
    </message>
    <message>
        <source>%1, unapplied credit</source>
        <translation>%1, crédito sin aplicar</translation>
    </message>
    <message>
        <source>%1-%2 (%3)</source>
        <translation>%1-%2 (%3)</translation>
    </message>
    <message>
        <source>insurance</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>%1 patient → insurance</source>
        <translation>%1 paciente → seguro</translation>
    </message>
    <message>
        <source>%1 insurance → patient</source>
        <translation>%1 seguro → paciente</translation>
    </message>
    <message>
        <source>%1 of credit applied</source>
        <translation>%1 de crédito aplicado</translation>
    </message>
    <message>
        <source>Reverses the %1 of %2</source>
        <translation>Revierte %1 de %2</translation>
    </message>
    <message>
        <source>Reverses an entry</source>
        <translation>Revierte un asiento</translation>
    </message>
    <message>
        <source>Reversed: this entry no longer counts toward the balance.</source>
        <translation>Revertido: este asiento ya no se computa en el saldo.</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (revertido)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Print a receipt afterwards</source>
        <translation>Imprimir un recibo después</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>&amp;Pays</source>
        <translation>&amp;Aplicar a</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferencia</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>No service line yet: unapplied credit for the visit</source>
        <translation>Aún no hay línea de servicio: crédito sin aplicar para la visita</translation>
    </message>
    <message>
        <source>%1 %2 — patient owes %3, insurance %4</source>
        <translation>%1 %2 — adeuda el paciente %3, seguro %4</translation>
    </message>
    <message>
        <source>Check number</source>
        <translation>Número de cheque</translation>
    </message>
    <message>
        <source>Last four digits or approval code — never the card number</source>
        <translation>Últimos cuatro dígitos o código de aprobación — nunca el número de tarjeta</translation>
    </message>
    <message>
        <source>Enter the amount received, in dollars and cents (for example 25.00).</source>
        <translation>Ingrese el importe recibido, en dólares y centavos (por ejemplo, 25.00).</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::PostingDialog</name>
    <message>
        <source>Service &amp;line</source>
        <translation>&amp;Línea de servicio</translation>
    </message>
    <message>
        <source>&amp;Write off from</source>
        <translation>Cancelar &amp;de</translation>
    </message>
    <message>
        <source>&amp;Move from</source>
        <translation>Mo&amp;ver de</translation>
    </message>
    <message>
        <source>Insurance balance</source>
        <translation>Saldo del seguro</translation>
    </message>
    <message>
        <source>Patient balance</source>
        <translation>Saldo del paciente</translation>
    </message>
    <message>
        <source>Insurance to patient</source>
        <translation>Del seguro al paciente</translation>
    </message>
    <message>
        <source>Patient to insurance</source>
        <translation>Del paciente al seguro</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>CO — contractual obligation</source>
        <translation>CO — obligación contractual</translation>
    </message>
    <message>
        <source>PR — patient responsibility</source>
        <translation>PR — responsabilidad del paciente</translation>
    </message>
    <message>
        <source>OI — other insurance</source>
        <translation>OI — otro seguro</translation>
    </message>
    <message>
        <source>PI — payer initiated</source>
        <translation>PI — iniciado por el pagador</translation>
    </message>
    <message>
        <source>CARC code, for example 45</source>
        <translation>Código CARC, por ejemplo 45</translation>
    </message>
    <message>
        <source>Reason &amp;group</source>
        <translation>&amp;Grupo de motivo</translation>
    </message>
    <message>
        <source>Reason &amp;code</source>
        <translation>&amp;Código de motivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Check number or card reference — never the card number</source>
        <translation>Número de cheque o referencia de tarjeta — nunca el número de tarjeta</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferencia</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Post Adjustment</source>
        <translation>Registrar ajuste</translation>
    </message>
    <message>
        <source>&amp;Post adjustment</source>
        <translation>&amp;Registrar ajuste</translation>
    </message>
    <message>
        <source>Transfer Balance</source>
        <translation>Transferir saldo</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Refund Credit</source>
        <translation>Reembolsar crédito</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <source>Unapplied credit: %1</source>
        <translation>Crédito sin aplicar: %1</translation>
    </message>
    <message>
        <source>%1 %2 — insurance %3, patient %4</source>
        <translation>%1 %2 — seguro %3, paciente %4</translation>
    </message>
    <message>
        <source>This account has no open service line.</source>
        <translation>Esta cuenta no tiene ninguna línea de servicio abierta.</translation>
    </message>
    <message>
        <source>Choose the service line.</source>
        <translation>Elija la línea de servicio.</translation>
    </message>
    <message>
        <source>Enter the adjustment&apos;s reason code (CARC), for example 45.</source>
        <translation>Ingrese el código de motivo del ajuste (CARC), por ejemplo, 45.</translation>
    </message>
    <message>
        <source>Enter the amount, in dollars and cents (for example 25.00).</source>
        <translation>Ingrese el importe, en dólares y centavos (por ejemplo, 25.00).</translation>
    </message>
</context>
<context>
    <name>fd::accounts::ui::ReceiptPrinting</name>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Print Receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Save Receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recibo-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fd::admin</name>
    <message>
        <source>Cannot write the CSV file</source>
        <translation>No se puede escribir el archivo CSV</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>%1 entries match; narrow the filter to at most %2 for a FHIR export, or export CSV.</source>
        <translation>%1 entradas coinciden; acote el filtro a un máximo de %2 para una exportación FHIR, o exporte en CSV.</translation>
    </message>
</context>
<context>
    <name>fd::admin::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Automation account (unattended jobs, no screen login)</source>
        <translation>Cuenta de automatización (tareas desatendidas, sin inicio de sesión en pantalla)</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Re&amp;petir contraseña:</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Ingrese un nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Ingrese el nombre de la persona.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Ingrese una contraseña.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>fd::admin::AdminModule</name>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administración</translation>
    </message>
    <message>
        <source>The security services are not available</source>
        <translation>Los servicios de seguridad no están disponibles</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Roles and Permissions</source>
        <translation>&amp;Roles y permisos</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>Add &amp;User…</source>
        <translation>Agregar &amp;usuario…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Two-Factor Login…</source>
        <translation>Inicio de sesión de &amp;dos factores…</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Trail</source>
        <translation>&amp;Verificar registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Export Audit Trail…</source>
        <translation>&amp;Exportar registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Print Audit Trail…</source>
        <translation>&amp;Imprimir registro de auditoría…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Break-Glass Accesses</source>
        <translation>Accesos de emer&amp;gencia</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Su contraseña se cambió.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
</context>
<context>
    <name>fd::admin::AuditDocument</name>
    <message>
        <source>Audit trail — %1</source>
        <translation>Registro de auditoría — %1</translation>
    </message>
    <message>
        <source>Printed %1, %2 entries</source>
        <translation>Impreso el %1, %2 entradas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
</context>
<context>
    <name>fd::admin::AuditModel</name>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Bloqueo de cuenta</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Permission change</source>
        <translation>Cambio de permisos</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Cambio de rol</translation>
    </message>
    <message>
        <source>Audit settings change</source>
        <translation>Cambio de configuración de auditoría</translation>
    </message>
    <message>
        <source>Break-glass access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>Cambio de contraseña</translation>
    </message>
    <message>
        <source>Two-factor change</source>
        <translation>Cambio de dos factores</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>New database key</source>
        <translation>Nueva clave de base de datos</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <translation>Pacientes: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 pacientes</translation>
    </message>
</context>
<context>
    <name>fd::admin::AuditView</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Id. del paciente</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>Desde: cualquiera</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>Hasta: cualquiera</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Break-glass</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Show only emergency (break-glass) accesses</source>
        <translation>Mostrar solo los accesos de emergencia (break-glass)</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>FHIR…</source>
        <translation>FHIR…</translation>
    </message>
    <message>
        <source>Export the filtered entries as CSV</source>
        <translation>Exportar las entradas filtradas como CSV</translation>
    </message>
    <message>
        <source>Export the filtered entries as a FHIR R4 Bundle of AuditEvents</source>
        <translation>Exportar las entradas filtradas como un Bundle FHIR R4 de AuditEvents</translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries</source>
        <translation>Mostrando %1 de %2 entradas</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>paciente %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>acción %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>The audit trail has been altered at entry %1: %2.</source>
        <translation>El registro de auditoría fue alterado en la entrada %1: %2.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries and %2 checkpoints checked. The newest %3 entries come after the last checkpoint and are protected by the chain alone.</source>
        <translation>El registro de auditoría está intacto: se verificaron %1 entradas y %2 puntos de control. Las %3 entradas más recientes son posteriores al último punto de control y solo las protege la cadena.</translation>
    </message>
    <message>
        <source>Verify Audit Trail</source>
        <translation>Verificar registro de auditoría</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>Se escribieron %1 entradas en %2</translation>
    </message>
    <message>
        <source>Export Audit Trail as FHIR</source>
        <translation>Exportar registro de auditoría como FHIR</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 entries match; narrow the filter to at most %2 before printing.</source>
        <translation>%1 entradas coinciden; acote el filtro a un máximo de %2 antes de imprimir.</translation>
    </message>
    <message>
        <source>Print Audit Trail</source>
        <translation>Imprimir registro de auditoría</translation>
    </message>
    <message>
        <source>Save Audit Trail as PDF</source>
        <translation>Guardar registro de auditoría como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>fd::admin::PasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Elija una nueva contraseña para %1.</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them in person; they can change it after logging in.</source>
        <translation>Establezca una nueva contraseña para %1. Comuníquesela en persona; podrá cambiarla después de iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir nueva contraseña:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Ingrese su contraseña actual.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Ingrese una nueva contraseña.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>fd::admin::RolesModel</name>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
</context>
<context>
    <name>fd::admin::RolesView</name>
    <message>
        <source>Tick a box to let a role do something; each change is recorded in the audit trail.</source>
        <translation>Marque una casilla para permitir que un rol haga algo; cada cambio queda guardado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Only an administrator can change what each role may do.</source>
        <translation>Solo un administrador puede cambiar lo que puede hacer cada rol.</translation>
    </message>
</context>
<context>
    <name>fd::admin::TotpEnrollmentDialog</name>
    <message>
        <source>Set Up Two-Factor Login</source>
        <translation>Configurar el inicio de sesión con dos factores</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app on %1&apos;s phone, then type the 6-digit code it shows.</source>
        <translation>Escanee este código con una aplicación de autenticación en el teléfono de %1 y luego escriba el código de 6 dígitos que muestra.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>Key (to type in):</source>
        <translation>Clave (para escribirla):</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Código de la aplicación:</translation>
    </message>
    <message>
        <source>That code is not right. Check the phone&apos;s clock and try the next code.</source>
        <translation>Ese código no es correcto. Revise el reloj del teléfono y pruebe con el siguiente código.</translation>
    </message>
</context>
<context>
    <name>fd::admin::UsersModel</name>
    <message>
        <source>%1 (automation)</source>
        <translation>%1 (automatización)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Dos factores</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
<context>
    <name>fd::admin::UsersView</name>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Role…</source>
        <translation>Rol…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation>Cambiar el rol del usuario seleccionado</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Contraseña…</translation>
    </message>
    <message>
        <source>Two-factor…</source>
        <translation>Dos factores…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Establecer una nueva contraseña para el usuario seleccionado</translation>
    </message>
    <message>
        <source>Set up or turn off two-factor login for the selected user</source>
        <translation>Configurar o desactivar el inicio de sesión con dos factores para el usuario seleccionado</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol de %1:</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>%1 will no longer be able to log in. Their history stays in the audit trail.</source>
        <translation>%1 ya no podrá iniciar sesión. Su historial permanece en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Two-Factor Login</source>
        <translation>Inicio de sesión con dos factores</translation>
    </message>
    <message>
        <source>Turn off two-factor login for %1?</source>
        <translation>¿Desactivar el inicio de sesión con dos factores para %1?</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Remove %1? Their key to the practice database is deleted; their history stays in the audit trail.</source>
        <translation>¿Eliminar a %1? Se borra su clave de la base de datos del consultorio; su historial permanece en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>fd::billing</name>
    <message>
        <source>See charges, claims and batches</source>
        <translation>Ver cargos, reclamaciones y lotes</translation>
    </message>
    <message>
        <source>Enter charges for visits</source>
        <translation>Ingresar cargos de las visitas</translation>
    </message>
    <message>
        <source>Set up superbills</source>
        <translation>Configurar hojas de cargos</translation>
    </message>
    <message>
        <source>Build, correct and void claims</source>
        <translation>Crear, corregir y anular reclamaciones</translation>
    </message>
    <message>
        <source>Submit claims (write 837 batches)</source>
        <translation>Enviar reclamaciones (escribir lotes 837)</translation>
    </message>
    <message>
        <source>Check insurance eligibility and work the verification list</source>
        <translation>Verificar la elegibilidad del seguro y gestionar la lista de verificación</translation>
    </message>
</context>
<context>
    <name>fd::billing::AckApplier</name>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>%1 %2 names no batch this practice sent.</source>
        <translation>%1 %2 no corresponde a ningún lote enviado por este consultorio.</translation>
    </message>
    <message>
        <source>claim number &apos;%1&apos; is not a claim of this practice.</source>
        <translation>el número de reclamación &apos;%1&apos; no es una reclamación de este consultorio.</translation>
    </message>
    <message>
        <source>claim %1 was never sent in a batch.</source>
        <translation>la reclamación %1 nunca se envió en un lote.</translation>
    </message>
    <message>
        <source>The interchange control number (TA101)</source>
        <translation>El número de control de intercambio (TA101)</translation>
    </message>
    <message>
        <source>The 999 has no AK1 segment. Nothing was imported.</source>
        <translation>El 999 no tiene segmento AK1. No se importó nada.</translation>
    </message>
    <message>
        <source>the 999 answers a &apos;%1&apos; group; this practice sends only 837P claims (HC).</source>
        <translation>el 999 responde a un grupo &apos;%1&apos;; este consultorio solo envía reclamaciones 837P (HC).</translation>
    </message>
    <message>
        <source>The group control number (AK102)</source>
        <translation>El número de control de grupo (AK102)</translation>
    </message>
    <message>
        <source>transaction set %1 %2 is not in batch %3 (it has %4 set(s)).</source>
        <translation>el conjunto de transacciones %1 %2 no está en el lote %3 (tiene %4 conjunto(s)).</translation>
    </message>
    <message>
        <source>segment %1 (%2): claim %3 is %4; the %5 cannot make it %6. Nothing was imported.</source>
        <translation>segmento %1 (%2): la reclamación %3 está %4; el %5 no puede dejarla %6. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4</source>
        <translation>%1 %2: %3 %4</translation>
    </message>
    <message>
        <source>payer status (%1 %2): %3</source>
        <translation>estado del pagador (%1 %2): %3</translation>
    </message>
    <message>
        <source>A 277CA claim loop lacks its TRN or STC. Nothing was imported.</source>
        <translation>Un bucle de reclamación del 277CA no tiene TRN o STC. No se importó nada.</translation>
    </message>
    <message>
        <source>A 277 claim loop lacks its TRN. Nothing was imported.</source>
        <translation>Un bucle de reclamación del 277 no tiene TRN. No se importó nada.</translation>
    </message>
    <message>
        <source>trace number &apos;%1&apos; answers no claim status request of this practice, and no REF*EJ names a claim.</source>
        <translation>el número de rastreo &apos;%1&apos; no responde a ninguna solicitud de estado de reclamación de este consultorio, y ningún REF*EJ indica una reclamación.</translation>
    </message>
    <message>
        <source>; service lines: %1</source>
        <translation>; líneas de servicio: %1</translation>
    </message>
</context>
<context>
    <name>fd::billing::AckImportService</name>
    <message>
        <source>%1: transaction set %2 (%3, control number %4) is not a TA1, 999, 277CA or 277; nothing was imported.</source>
        <translation>%1: el conjunto de transacciones %2 (%3, número de control %4) no es un TA1, 999, 277CA ni 277; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds no TA1, 999, 277CA or 277; nothing was imported.</source>
        <translation>%1 no contiene ningún TA1, 999, 277CA ni 277; no se importó nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>No clearinghouse is set up to fetch acknowledgments from.</source>
        <translation>No hay ninguna cámara de compensación configurada de la cual obtener acuses de recibo.</translation>
    </message>
    <message>
        <source>%1 is not a well-formed X12 file: %2. Nothing was imported.</source>
        <translation>%1 no es un archivo X12 bien formado: %2. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds a %2, which is not expected here.</source>
        <translation>%1 contiene un %2, que no se esperaba aquí.</translation>
    </message>
    <message>
        <source>No batch %1.</source>
        <translation>No existe el lote %1.</translation>
    </message>
    <message>
        <source>The fetched acknowledgment file %1 was imported by another run meanwhile.</source>
        <translation>El archivo de acuse de recibo obtenido %1 fue importado mientras tanto por otra ejecución.</translation>
    </message>
</context>
<context>
    <name>fd::billing::AckRejectionQueue</name>
    <message>
        <source>Claim %1 has no open rejection.</source>
        <translation>La reclamación %1 no tiene ningún rechazo abierto.</translation>
    </message>
    <message>
        <source>No rejection %1.</source>
        <translation>No existe el rechazo %1.</translation>
    </message>
    <message>
        <source>The rejection of claim %1 was %2 already.</source>
        <translation>El rechazo de la reclamación %1 ya fue %2.</translation>
    </message>
    <message>
        <source>The charges of claim %1 are on claim %2 already: resolve the rejection instead.</source>
        <translation>Los cargos de la reclamación %1 ya están en la reclamación %2: en su lugar, resuelva el rechazo.</translation>
    </message>
    <message>
        <source>Say why the rejection is resolved (a note).</source>
        <translation>Indique por qué se resuelve el rechazo (una nota).</translation>
    </message>
    <message>
        <source>rejection worked: corrected as claim %1. %2</source>
        <translation>rechazo gestionado: corregido como reclamación %1. %2</translation>
    </message>
    <message>
        <source>rejection resolved: %1</source>
        <translation>rechazo resuelto: %1</translation>
    </message>
</context>
<context>
    <name>fd::billing::ChargeService</name>
    <message>
        <source>A superbill needs its appointment type.</source>
        <translation>Una hoja de cargos necesita su tipo de cita.</translation>
    </message>
    <message>
        <source>%1 is not a CPT or HCPCS code.</source>
        <translation>%1 no es un código CPT ni HCPCS.</translation>
    </message>
    <message>
        <source>At most four modifiers per code.</source>
        <translation>Como máximo cuatro modificadores por código.</translation>
    </message>
    <message>
        <source>%1 is not a modifier (two letters or digits).</source>
        <translation>%1 no es un modificador (dos letras o dígitos).</translation>
    </message>
    <message>
        <source>Units must be between 1 and 999.</source>
        <translation>Las unidades deben estar entre 1 y 999.</translation>
    </message>
    <message>
        <source>The appointment was %1: there is nothing to charge.</source>
        <translation>La cita fue %1: no hay nada que cargar.</translation>
    </message>
    <message>
        <source>The appointment is another patient&apos;s.</source>
        <translation>La cita es de otro paciente.</translation>
    </message>
    <message>
        <source>The appointment type has no superbill: enter the codes.</source>
        <translation>El tipo de cita no tiene hoja de cargos: ingrese los códigos.</translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation>No existe el proveedor %1.</translation>
    </message>
    <message>
        <source>%1 does not take this role on claims.</source>
        <translation>%1 no cumple esta función en las reclamaciones.</translation>
    </message>
    <message>
        <source>%1 is outside the practice.</source>
        <translation>%1 está fuera del consultorio.</translation>
    </message>
    <message>
        <source>At least one diagnosis code is needed.</source>
        <translation>Se necesita al menos un código de diagnóstico.</translation>
    </message>
    <message>
        <source>%1 is not an ICD-10-CM code.</source>
        <translation>%1 no es un código ICD-10-CM.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>At most four modifiers per line.</source>
        <translation>Como máximo cuatro modificadores por línea.</translation>
    </message>
    <message>
        <source>Modifier %1 is listed twice.</source>
        <translation>El modificador %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>A line points to at most four diagnoses.</source>
        <translation>Una línea remite como máximo a cuatro diagnósticos.</translation>
    </message>
    <message>
        <source>Diagnosis pointer %1 points to no diagnosis (there are %2).</source>
        <translation>El puntero de diagnóstico %1 no remite a ningún diagnóstico (hay %2).</translation>
    </message>
    <message>
        <source>Diagnosis pointer %1 is listed twice.</source>
        <translation>El puntero de diagnóstico %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The coverage is not the patient&apos;s or not in effect on %1.</source>
        <translation>La cobertura no es del paciente o no está vigente el %1.</translation>
    </message>
    <message>
        <source>The charge master has no price for %1 on %2.</source>
        <translation>La lista maestra de cargos no tiene precio para %1 el %2.</translation>
    </message>
    <message>
        <source>The charge master&apos;s price for %1 is not positive.</source>
        <translation>El precio de %1 en la lista maestra de cargos no es positivo.</translation>
    </message>
    <message>
        <source>The date of service is missing.</source>
        <translation>Falta la fecha de servicio.</translation>
    </message>
    <message>
        <source>The date of service %1 is in the future.</source>
        <translation>La fecha de servicio %1 está en el futuro.</translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation>No existe la ubicación %1.</translation>
    </message>
    <message>
        <source>The rendering provider is missing.</source>
        <translation>Falta el profesional que presta el servicio.</translation>
    </message>
    <message>
        <source>The prior authorization number has more than 50 characters.</source>
        <translation>El número de autorización previa tiene más de 50 caracteres.</translation>
    </message>
    <message>
        <source>An encounter needs at least one service line.</source>
        <translation>Un encuentro necesita al menos una línea de servicio.</translation>
    </message>
    <message>
        <source>Charges for this appointment were entered already.</source>
        <translation>Ya se ingresaron los cargos de esta cita.</translation>
    </message>
    <message>
        <source>No encounter %1.</source>
        <translation>No existe el encuentro %1.</translation>
    </message>
    <message>
        <source>The ledger did not take line %1: %2 (nothing was stored).</source>
        <translation>El libro de cuentas no aceptó la línea %1: %2 (no se guardó nada).</translation>
    </message>
</context>
<context>
    <name>fd::billing::Claim276Writer</name>
    <message>
        <source>Claim %1: the payer has no payer id.</source>
        <translation>Reclamación %1: el pagador no tiene ID de pagador.</translation>
    </message>
    <message>
        <source>Claim %1: the member id is missing.</source>
        <translation>Reclamación %1: falta el número de afiliado.</translation>
    </message>
    <message>
        <source>Claim %1: the billing provider has no NPI.</source>
        <translation>Reclamación %1: el profesional de facturación no tiene NPI.</translation>
    </message>
    <message>
        <source>Claim %1: the patient&apos;s date of birth is missing (2000E DMG).</source>
        <translation>Reclamación %1: falta la fecha de nacimiento del paciente (2000E DMG).</translation>
    </message>
    <message>
        <source>Claim %1: no trace number.</source>
        <translation>Reclamación %1: no hay número de rastreo.</translation>
    </message>
    <message>
        <source>There are no claims to ask about.</source>
        <translation>No hay reclamaciones por las cuales consultar.</translation>
    </message>
    <message>
        <source>The sender and receiver ids must have 1 to 15 characters (ISA06, ISA08).</source>
        <translation>Los ID de remitente y receptor deben tener de 1 a 15 caracteres (ISA06, ISA08).</translation>
    </message>
    <message>
        <source>Claim %1, line %2</source>
        <translation>Reclamación %1, línea %2</translation>
    </message>
    <message>
        <source>%1: not a line of this claim (2210).</source>
        <translation>%1: no es una línea de esta reclamación (2210).</translation>
    </message>
    <message>
        <source>%1: asked about twice.</source>
        <translation>%1: se pregunta dos veces.</translation>
    </message>
    <message>
        <source>%1: no procedure code (SVC01).</source>
        <translation>%1: sin código de procedimiento (SVC01).</translation>
    </message>
    <message>
        <source>%1: the units or the charge are not positive (SVC02, SVC07).</source>
        <translation>%1: las unidades o el cargo no son positivos (SVC02, SVC07).</translation>
    </message>
    <message>
        <source>%1: the line item control number (REF*FJ) is longer than 50.</source>
        <translation>%1: el número de control de la línea (REF*FJ) tiene más de 50 caracteres.</translation>
    </message>
    <message>
        <source>Claim %1: no service date (DTP*472).</source>
        <translation>Reclamación %1: sin fecha de servicio (DTP*472).</translation>
    </message>
    <message>
        <source>Claim %1, line %2: no service date, and the claim has none either (DTP*472).</source>
        <translation>Reclamación %1, línea %2: sin fecha de servicio, y la reclamación tampoco la tiene (DTP*472).</translation>
    </message>
</context>
<context>
    <name>fd::billing::Claim277Lines</name>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>SVC%1 &apos;%2&apos; is not an amount.</source>
        <translation>SVC%1 &apos;%2&apos; no es un importe.</translation>
    </message>
    <message>
        <source>the service (SVC01) lacks its code qualifier or its procedure code.</source>
        <translation>al servicio (SVC01) le falta el calificador de código o el código de procedimiento.</translation>
    </message>
    <message>
        <source>SVC07 &apos;%1&apos; is not a number of units.</source>
        <translation>SVC07 &apos;%1&apos; no es un número de unidades.</translation>
    </message>
    <message>
        <source>the service line has no status (STC).</source>
        <translation>la línea de servicio no tiene estado (STC).</translation>
    </message>
    <message>
        <source>STC01 lacks its category or its status code.</source>
        <translation>a STC01 le falta la categoría o el código de estado.</translation>
    </message>
    <message>
        <source>STC02 &apos;%1&apos; is not a date.</source>
        <translation>STC02 &apos;%1&apos; no es una fecha.</translation>
    </message>
    <message>
        <source>the service date &apos;%1&apos; (format &apos;%2&apos;) is not a D8 date or an RD8 range.</source>
        <translation>la fecha de servicio &apos;%1&apos; (formato &apos;%2&apos;) no es una fecha D8 ni un rango RD8.</translation>
    </message>
    <message>
        <source>, paid %1</source>
        <translation>, pagado %1</translation>
    </message>
    <message>
        <source>line %1 %2</source>
        <translation>línea %1 %2</translation>
    </message>
    <message>
        <source>%1 (not a line of the claim)</source>
        <translation>%1 (no es una línea de la reclamación)</translation>
    </message>
    <message>
        <source>; service %1</source>
        <translation>; servicio %1</translation>
    </message>
    <message>
        <source>; service %1 to %2</source>
        <translation>; servicio del %1 al %2</translation>
    </message>
    <message>
        <source>A 277 service line loop (%1) lacks its SVC. Nothing was imported.</source>
        <translation>A un bucle de línea de servicio del 277 (%1) le falta el SVC. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>fd::billing::Claim837Writer</name>
    <message>
        <source>Claim %1 cannot be written: %2.</source>
        <translation>No se puede escribir la reclamación %1: %2.</translation>
    </message>
    <message>
        <source>the claim number must have 1 to 20 characters</source>
        <translation>el número de reclamación debe tener de 1 a 20 caracteres</translation>
    </message>
    <message>
        <source>the billing provider&apos;s NPI %1 is not valid</source>
        <translation>el NPI %1 del profesional que factura no es válido</translation>
    </message>
    <message>
        <source>the billing provider&apos;s tax id must have 9 digits</source>
        <translation>la identificación fiscal del profesional que factura debe tener 9 dígitos</translation>
    </message>
    <message>
        <source>the billing provider&apos;s address is missing</source>
        <translation>falta la dirección del profesional que factura</translation>
    </message>
    <message>
        <source>the member id is missing</source>
        <translation>falta el número de afiliado</translation>
    </message>
    <message>
        <source>the payer %1 has no payer id</source>
        <translation>el pagador %1 no tiene id. de pagador</translation>
    </message>
    <message>
        <source>the payer %1 has no claim filing indicator</source>
        <translation>el pagador %1 no tiene indicador de tipo de presentación de reclamación</translation>
    </message>
    <message>
        <source>a claim has 1 to 50 service lines</source>
        <translation>una reclamación tiene de 1 a 50 líneas de servicio</translation>
    </message>
    <message>
        <source>a claim has 1 to 12 diagnoses</source>
        <translation>una reclamación tiene de 1 a 12 diagnósticos</translation>
    </message>
    <message>
        <source>the patient&apos;s date of birth is missing</source>
        <translation>falta la fecha de nacimiento del paciente</translation>
    </message>
    <message>
        <source>a replacement or void needs the payer&apos;s claim control number</source>
        <translation>un reemplazo o una anulación necesita el número de control de reclamación del pagador</translation>
    </message>
    <message>
        <source>the NPI %1 of %2 is not valid</source>
        <translation>el NPI %1 de %2 no es válido</translation>
    </message>
    <message>
        <source>The submitter needs a phone number or an email address (1000A PER).</source>
        <translation>El remitente necesita un número de teléfono o una dirección de correo electrónico (1000A PER).</translation>
    </message>
    <message>
        <source>There are no claims to write.</source>
        <translation>No hay reclamaciones para escribir.</translation>
    </message>
    <message>
        <source>The control numbers must be between 1 and 999999999.</source>
        <translation>Los números de control deben estar entre 1 y 999999999.</translation>
    </message>
    <message>
        <source>The sender and receiver ids must have 1 to 15 characters (ISA06, ISA08).</source>
        <translation>Los ids de remitente y receptor deben tener de 1 a 15 caracteres (ISA06, ISA08).</translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimExportService</name>
    <message>
        <source>The file to write is missing.</source>
        <translation>Falta el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>There are no ready claims to export.</source>
        <translation>No hay reclamaciones listas para exportar.</translation>
    </message>
    <message>
        <source>Claim %1 does not exist or is not ready.</source>
        <translation>La reclamación %1 no existe o no está lista.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimScrubService</name>
    <message>
        <source>No claim %1.</source>
        <translation>No existe la reclamación %1.</translation>
    </message>
    <message>
        <source>The last scrub of claim %1 found nothing for rule %2.</source>
        <translation>La última revisión de la reclamación %1 no encontró nada para la regla %2.</translation>
    </message>
    <message>
        <source>%1 is an error on claim %2: correct it (%3); only warnings can be acknowledged.</source>
        <translation>%1 es un error en la reclamación %2: corríjalo (%3); solo se pueden confirmar las advertencias.</translation>
    </message>
    <message>
        <source>Claim %1 cannot be sent: %2 error(s), %3 unacknowledged warning(s): %4</source>
        <translation>La reclamación %1 no se puede enviar: %2 error(es), %3 advertencia(s) sin confirmar: %4</translation>
    </message>
    <message>
        <source>Cannot read the NCCI file %1: %2</source>
        <translation>No se puede leer el archivo NCCI %1: %2</translation>
    </message>
    <message>
        <source>A scrub of claims being built needs the build&apos;s transaction.</source>
        <translation>La revisión de las reclamaciones que se están generando necesita la transacción de la generación.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimScrubber</name>
    <message>
        <source>Claim %1: the %2 has no NPI.</source>
        <translation>Reclamación %1: el %2 no tiene NPI.</translation>
    </message>
    <message>
        <source>Claim %1: the %2 NPI %3 is not a valid NPI (ten digits with a correct check digit).</source>
        <translation>Reclamación %1: el NPI %3 del %2 no es un NPI válido (diez dígitos con un dígito de control correcto).</translation>
    </message>
    <message>
        <source>Correct the NPI in %1 (look it up in the NPPES registry).</source>
        <translation>Corrija el NPI en %1 (búsquelo en el registro NPPES).</translation>
    </message>
    <message>
        <source>Claim %1: the %2 has no taxonomy code.</source>
        <translation>Reclamación %1: el %2 no tiene código de taxonomía.</translation>
    </message>
    <message>
        <source>Claim %1: the %2 taxonomy code %3 is not in the NUCC form (ten characters: three digits, six letters or digits, then X).</source>
        <translation>Reclamación %1: el código de taxonomía %3 del %2 no tiene el formato NUCC (diez caracteres: tres dígitos, seis letras o dígitos y luego X).</translation>
    </message>
    <message>
        <source>Enter the NUCC taxonomy code (for example 207Q00000X) in %1.</source>
        <translation>Ingrese el código de taxonomía NUCC (por ejemplo, 207Q00000X) en %1.</translation>
    </message>
    <message>
        <source>the provider&apos;s record (Practice &gt; Providers)</source>
        <translation>la ficha del profesional (Consultorio &gt; Profesionales)</translation>
    </message>
    <message>
        <source>the practice profile (Practice &gt; Profile)</source>
        <translation>el perfil del consultorio (Consultorio &gt; Perfil)</translation>
    </message>
    <message>
        <source>rendering provider</source>
        <translation>profesional que presta el servicio</translation>
    </message>
    <message>
        <source>billing provider</source>
        <translation>profesional de facturación</translation>
    </message>
    <message>
        <source>referring provider</source>
        <translation>profesional que refiere</translation>
    </message>
    <message>
        <source>supervising provider</source>
        <translation>profesional supervisor</translation>
    </message>
    <message>
        <source>Claim %1: the billing provider has no tax id (EIN).</source>
        <translation>Reclamación %1: el profesional de facturación no tiene número de identificación fiscal (EIN).</translation>
    </message>
    <message>
        <source>Claim %1: the billing provider&apos;s tax id %2 is not nine digits (or is all zeros).</source>
        <translation>Reclamación %1: el número de identificación fiscal %2 del profesional de facturación no tiene nueve dígitos (o son todos ceros).</translation>
    </message>
    <message>
        <source>Enter the practice&apos;s nine-digit EIN in %1.</source>
        <translation>Ingrese el EIN de nueve dígitos del consultorio en %1.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>Correct the order of the patient&apos;s coverages (1 primary, 2 secondary, 3 tertiary) for the date of service, then rebuild the claim.</source>
        <translation>Corrija el orden de las coberturas del paciente (1 primaria, 2 secundaria, 3 terciaria) para la fecha de servicio y luego vuelva a generar la reclamación.</translation>
    </message>
    <message>
        <source>Claim %1 bills the coverage as payer %2, but the patient&apos;s record has it as payer %3.</source>
        <translation>La reclamación %1 factura la cobertura como pagador %2, pero el expediente del paciente la tiene como pagador %3.</translation>
    </message>
    <message>
        <source>Claim %1 goes to payer %2 of the patient, but no coverage is payer %3 on %4.</source>
        <translation>La reclamación %1 va al pagador %2 del paciente, pero ninguna cobertura es el pagador %3 el %4.</translation>
    </message>
    <message>
        <source>Claim %1: %2 of the patient&apos;s coverages are payer %3 on %4.</source>
        <translation>Reclamación %1: %2 de las coberturas del paciente son el pagador %3 el %4.</translation>
    </message>
    <message>
        <source>Claim %1: the patient&apos;s record could not be read (%2), so the coverage and dates were not checked.</source>
        <translation>Reclamación %1: no se pudo leer el expediente del paciente (%2), por lo que no se verificaron la cobertura ni las fechas.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>Scrub the claim as a user who may open the patient&apos;s record.</source>
        <translation>Revise la reclamación con un usuario que pueda abrir el expediente del paciente.</translation>
    </message>
    <message>
        <source>Correct the patient&apos;s insurance, delete the draft and build the claim again (or bill the patient).</source>
        <translation>Corrija el seguro del paciente, elimine el borrador y vuelva a generar la reclamación (o facture al paciente).</translation>
    </message>
    <message>
        <source>Claim %1: the coverage it bills is no longer on the patient&apos;s record.</source>
        <translation>Reclamación %1: la cobertura que factura ya no está en el expediente del paciente.</translation>
    </message>
    <message>
        <source>Claim %1: the coverage has no member id.</source>
        <translation>Reclamación %1: la cobertura no tiene número de afiliado.</translation>
    </message>
    <message>
        <source>Enter the member id from the patient&apos;s insurance card.</source>
        <translation>Ingrese el número de afiliado que figura en la tarjeta del seguro del paciente.</translation>
    </message>
    <message>
        <source>Claim %1: the coverage now names another payer than the claim.</source>
        <translation>Reclamación %1: la cobertura ahora indica un pagador distinto al de la reclamación.</translation>
    </message>
    <message>
        <source>Claim %1: the coverage (member id %2) is not in effect on the date of service %3; it runs %4.</source>
        <translation>Reclamación %1: la cobertura (número de afiliado %2) no está vigente en la fecha de servicio %3; está vigente %4.</translation>
    </message>
    <message>
        <source>Claim %1: the date of service %2 is in the future.</source>
        <translation>Reclamación %1: la fecha de servicio %2 está en el futuro.</translation>
    </message>
    <message>
        <source>Correct the date of service of the charges, or wait until the service was given.</source>
        <translation>Corrija la fecha de servicio de los cargos, o espere hasta que se haya prestado el servicio.</translation>
    </message>
    <message>
        <source>Claim %1: the date of service %2 is before the patient&apos;s date of birth.</source>
        <translation>Reclamación %1: la fecha de servicio %2 es anterior a la fecha de nacimiento del paciente.</translation>
    </message>
    <message>
        <source>Correct the date of service or the patient&apos;s date of birth.</source>
        <translation>Corrija la fecha de servicio o la fecha de nacimiento del paciente.</translation>
    </message>
    <message>
        <source>Claim %1: the date of service %2 is after the patient&apos;s date of death.</source>
        <translation>Reclamación %1: la fecha de servicio %2 es posterior a la fecha de fallecimiento del paciente.</translation>
    </message>
    <message>
        <source>Correct the date of service or the patient&apos;s date of death.</source>
        <translation>Corrija la fecha de servicio o la fecha de fallecimiento del paciente.</translation>
    </message>
    <message>
        <source>Claim %1: %2 requires a referring provider, and the claim has none.</source>
        <translation>Reclamación %1: %2 requiere un profesional que refiere, y la reclamación no tiene ninguno.</translation>
    </message>
    <message>
        <source>Enter the referring provider on the visit&apos;s charges and rebuild the claim.</source>
        <translation>Ingrese el profesional que refiere en los cargos de la visita y vuelva a generar la reclamación.</translation>
    </message>
    <message>
        <source>Claim %1, line %2: %3 on %4 for this patient and payer is also on claim %5.</source>
        <translation>Reclamación %1, línea %2: %3 del %4 para este paciente y pagador también está en la reclamación %5.</translation>
    </message>
    <message>
        <source>Delete the duplicate draft, or acknowledge the warning when the service was given twice (add a modifier such as 76 or 91 that says so).</source>
        <translation>Elimine el borrador duplicado, o confirme la advertencia si el servicio se prestó dos veces (agregue un modificador que lo indique, como 76 o 91).</translation>
    </message>
    <message>
        <source>Claim %1: its payer is not on the practice&apos;s list of payers.</source>
        <translation>Reclamación %1: su pagador no está en la lista de pagadores del consultorio.</translation>
    </message>
    <message>
        <source>Add the payer (Practice &gt; Payers) or correct the patient&apos;s coverage.</source>
        <translation>Agregue el pagador (Consultorio &gt; Pagadores) o corrija la cobertura del paciente.</translation>
    </message>
    <message>
        <source>Claim %1: %2 accepts claims up to %3 days after the date of service; the limit was %4.</source>
        <translation>Reclamación %1: %2 acepta reclamaciones hasta %3 días después de la fecha de servicio; el límite era el %4.</translation>
    </message>
    <message>
        <source>Claim %1: %2&apos;s timely filing limit is %3, in %4 day(s).</source>
        <translation>Reclamación %1: el plazo de presentación de %2 vence el %3, en %4 día(s).</translation>
    </message>
    <message>
        <source>Send the claim with proof of timely filing only if the payer allows an exception; otherwise adjust the balance off.</source>
        <translation>Envíe la reclamación con comprobante de presentación oportuna solo si el pagador permite una excepción; de lo contrario, cancele el saldo con un ajuste.</translation>
    </message>
    <message>
        <source>Send the claim now.</source>
        <translation>Envíe la reclamación ahora.</translation>
    </message>
    <message>
        <source>Claim %1 has no diagnosis.</source>
        <translation>La reclamación %1 no tiene diagnóstico.</translation>
    </message>
    <message>
        <source>Enter the visit&apos;s diagnoses and rebuild the claim.</source>
        <translation>Ingrese los diagnósticos de la visita y vuelva a generar la reclamación.</translation>
    </message>
    <message>
        <source>Claim %1, diagnosis %2 (%3): not a billable ICD-10-CM code on %4: %5</source>
        <translation>Reclamación %1, diagnóstico %2 (%3): no es un código ICD-10-CM facturable el %4: %5</translation>
    </message>
    <message>
        <source>Choose the complete (billable) code valid on the date of service; import the newer ICD-10-CM release if it is missing.</source>
        <translation>Elija el código completo (facturable) válido en la fecha de servicio; importe la versión más reciente de ICD-10-CM si falta.</translation>
    </message>
    <message>
        <source>Point each line to one to four of the claim&apos;s diagnoses, most important first.</source>
        <translation>Apunte cada línea a entre uno y cuatro de los diagnósticos de la reclamación, el más importante primero.</translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) points to no diagnosis.</source>
        <translation>Reclamación %1, línea %2 (%3) no apunta a ningún diagnóstico.</translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) points to %4 diagnoses; a line carries at most 4.</source>
        <translation>Reclamación %1, línea %2 (%3) apunta a %4 diagnósticos; una línea admite como máximo 4.</translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) points to diagnosis %4, but the claim has %5 diagnosis(es).</source>
        <translation>Reclamación %1, línea %2 (%3) apunta al diagnóstico %4, pero la reclamación tiene %5 diagnóstico(s).</translation>
    </message>
    <message>
        <source>Claim %1: no line points to diagnosis %2 (%3).</source>
        <translation>Reclamación %1: ninguna línea apunta al diagnóstico %2 (%3).</translation>
    </message>
    <message>
        <source>Point a line to it, or remove it from the visit&apos;s diagnoses.</source>
        <translation>Apunte una línea a él, o quítelo de los diagnósticos de la visita.</translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) has %4 modifiers; a line carries at most 4.</source>
        <translation>Reclamación %1, línea %2 (%3) tiene %4 modificadores; una línea admite como máximo 4.</translation>
    </message>
    <message>
        <source>Keep the four modifiers that matter most (pricing ones first).</source>
        <translation>Conserve los cuatro modificadores más importantes (primero los que afectan el precio).</translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3): modifier &apos;%4&apos; is not two letters or digits.</source>
        <translation>Reclamación %1, línea %2 (%3): el modificador &apos;%4&apos; no tiene dos letras o dígitos.</translation>
    </message>
    <message>
        <source>Correct the modifier (for example 25, 59 or LT).</source>
        <translation>Corrija el modificador (por ejemplo, 25, 59 o LT).</translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) has %4 unit(s).</source>
        <translation>Reclamación %1, línea %2 (%3) tiene %4 unidad(es).</translation>
    </message>
    <message>
        <source>Enter the units given (at least 1).</source>
        <translation>Ingrese las unidades prestadas (al menos 1).</translation>
    </message>
    <message>
        <source>Claim %1, line %2 (%3) charges %4.</source>
        <translation>Reclamación %1, línea %2 (%3) cobra %4.</translation>
    </message>
    <message>
        <source>Price the code in the charge master and enter the charge again.</source>
        <translation>Asigne un precio al código en el catálogo de cargos e ingrese el cargo de nuevo.</translation>
    </message>
    <message>
        <source>Claim %1, line %2: %3 is bundled into %4 (line %5) by a CMS NCCI edit; it is paid separately only with a modifier such as 59, XE, XS, XP, XU, 25 or 91.</source>
        <translation>Reclamación %1, línea %2: %3 está agrupado en %4 (línea %5) por una edición NCCI de CMS; solo se paga por separado con un modificador como 59, XE, XS, XP, XU, 25 o 91.</translation>
    </message>
    <message>
        <source>Claim %1, line %2: %3 is bundled into %4 (line %5) by a CMS NCCI edit that no modifier overrides.</source>
        <translation>Reclamación %1, línea %2: %3 está agrupado en %4 (línea %5) por una edición NCCI de CMS que ningún modificador anula.</translation>
    </message>
    <message>
        <source>When the service was distinct (another site, session or encounter), add the modifier that says so to line %1; else remove the line.</source>
        <translation>Si el servicio fue distinto (otro sitio, sesión o encuentro), agregue a la línea %1 el modificador que lo indique; de lo contrario, quite la línea.</translation>
    </message>
    <message>
        <source>Remove line %1 from the claim.</source>
        <translation>Quite la línea %1 de la reclamación.</translation>
    </message>
    <message>
        <source>Claim %1: the %2 is not on the practice&apos;s list of providers.</source>
        <translation>Reclamación %1: el %2 no está en la lista de profesionales del consultorio.</translation>
    </message>
    <message>
        <source>Choose a provider from the practice&apos;s list, then rebuild the claim.</source>
        <translation>Elija un profesional de la lista del consultorio y luego vuelva a generar la reclamación.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimService</name>
    <message>
        <source>The dates of service must be a range (from, then to).</source>
        <translation>Las fechas de servicio deben ser un rango (desde y luego hasta).</translation>
    </message>
    <message>
        <source>A claim needs at least one service line.</source>
        <translation>Una reclamación necesita al menos una línea de servicio.</translation>
    </message>
    <message>
        <source>Service line %1 does not exist, is self-paid, is not posted or is on a claim already.</source>
        <translation>La línea de servicio %1 no existe, es de pago particular, no está registrada o ya está en una reclamación.</translation>
    </message>
    <message>
        <source>A claim bills lines of one encounter.</source>
        <translation>Una reclamación factura líneas de un solo encuentro.</translation>
    </message>
    <message>
        <source>Line %1 (%2) cannot be billed: %3.</source>
        <translation>No se puede facturar la línea %1 (%2): %3.</translation>
    </message>
    <message>
        <source>The lines go to different payers: make one claim per payer.</source>
        <translation>Las líneas van a pagadores distintos: haga una reclamación por pagador.</translation>
    </message>
    <message>
        <source>No encounter %1.</source>
        <translation>No existe el encuentro %1.</translation>
    </message>
    <message>
        <source>A claim carries at most %1 service lines.</source>
        <translation>Una reclamación lleva como máximo %1 líneas de servicio.</translation>
    </message>
    <message>
        <source>These lines point to %1 diagnoses; a claim carries at most %2.</source>
        <translation>Estas líneas remiten a %1 diagnósticos; una reclamación lleva como máximo %2.</translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number is needed to correct or void a claim.</source>
        <translation>Se necesita el número de control de reclamación del pagador para corregir o anular una reclamación.</translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number has more than 50 characters.</source>
        <translation>El número de control de reclamación del pagador tiene más de 50 caracteres.</translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number holds &apos;%1&apos;, which X12 cannot carry.</source>
        <translation>El número de control de reclamación del pagador contiene &apos;%1&apos;, que X12 no puede transmitir.</translation>
    </message>
    <message>
        <source>Only a claim the payer has (submitted or accepted) can be replaced or voided; claim %1 is %2.</source>
        <translation>Solo se puede reemplazar o anular una reclamación que tiene el pagador (enviada o aceptada); la reclamación %1 está %2.</translation>
    </message>
    <message>
        <source>Claim %1 is a void: it cannot be corrected.</source>
        <translation>La reclamación %1 es una anulación: no se puede corregir.</translation>
    </message>
    <message>
        <source>Claim %1 was voided by claim %2.</source>
        <translation>La reclamación %1 fue anulada por la reclamación %2.</translation>
    </message>
    <message>
        <source>Claim %1 was changed by someone else.</source>
        <translation>Otra persona modificó la reclamación %1.</translation>
    </message>
    <message>
        <source>Claim %1 cannot go from %2 to %3.</source>
        <translation>La reclamación %1 no puede pasar de %2 a %3.</translation>
    </message>
    <message>
        <source>Only a draft claim can be deleted; claim %1 is %2.</source>
        <translation>Solo se puede eliminar una reclamación en borrador; la reclamación %1 está %2.</translation>
    </message>
    <message>
        <source>No claim %1.</source>
        <translation>No existe la reclamación %1.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ClaimStatusService</name>
    <message>
        <source>Name the claims to ask about.</source>
        <translation>Indique las reclamaciones por las cuales consultar.</translation>
    </message>
    <message>
        <source>No claim %1.</source>
        <translation>No existe la reclamación %1.</translation>
    </message>
    <message>
        <source>Claim %1 is %2: only a claim the payer has (submitted or accepted) can be asked about.</source>
        <translation>La reclamación %1 está %2: solo se puede consultar por una reclamación que tenga el pagador (enviada o aceptada).</translation>
    </message>
    <message>
        <source>Real-time claim status goes to the clearinghouse&apos;s CAQH CORE endpoint: %1</source>
        <translation>El estado de reclamaciones en tiempo real se consulta en el endpoint CAQH CORE de la cámara de compensación: %1</translation>
    </message>
    <message>
        <source>Real-time claim status (%1): %2 Nothing was recorded.</source>
        <translation>Estado de reclamación en tiempo real (%1): %2 No se registró nada.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered the 276 (interchange %2) with a 277 that could not be applied: %3 Nothing was recorded.</source>
        <translation>La cámara de compensación %1 respondió al 276 (intercambio %2) con un 277 que no se pudo aplicar: %3 No se registró nada.</translation>
    </message>
    <message>
        <source>A line to ask about is empty: give a claim line id or a line number.</source>
        <translation>Una línea por consultar está vacía: indique el id de una línea de la reclamación o un número de línea.</translation>
    </message>
    <message>
        <source>Line %1: give the line&apos;s id when asking about several claims; a line number names a line of one claim only.</source>
        <translation>Línea %1: indique el id de la línea al consultar varias reclamaciones; un número de línea solo nombra una línea de una reclamación.</translation>
    </message>
    <message>
        <source>Claim %1 has no line %2 (it has %3 line(s)).</source>
        <translation>La reclamación %1 no tiene la línea %2 (tiene %3 línea(s)).</translation>
    </message>
    <message>
        <source>Line %1 is a line of claim %2, which is not one of the claims asked about.</source>
        <translation>La línea %1 es de la reclamación %2, que no está entre las reclamaciones consultadas.</translation>
    </message>
    <message>
        <source>No claim line %1.</source>
        <translation>No existe la línea de reclamación %1.</translation>
    </message>
    <message>
        <source>Line %1 of claim %2 is named twice.</source>
        <translation>La línea %1 de la reclamación %2 se nombra dos veces.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ClearinghouseService</name>
    <message>
        <source>The stored clearinghouse settings are not JSON: %1</source>
        <translation>La configuración guardada de la cámara de compensación no es JSON: %1</translation>
    </message>
    <message>
        <source>The stored clearinghouse settings are invalid: %1</source>
        <translation>La configuración guardada de la cámara de compensación no es válida: %1</translation>
    </message>
    <message>
        <source>No clearinghouse is set up: save its settings first (frontdeskctl clearinghouse set).</source>
        <translation>No hay ninguna cámara de compensación configurada: guarde primero su configuración (frontdeskctl clearinghouse set).</translation>
    </message>
    <message>
        <source>The clearinghouse login needs a private key and none is stored.</source>
        <translation>El inicio de sesión de la cámara de compensación requiere una clave privada y no hay ninguna guardada.</translation>
    </message>
    <message>
        <source>The clearinghouse login needs a password and none is stored.</source>
        <translation>El inicio de sesión de la cámara de compensación requiere una contraseña y no hay ninguna guardada.</translation>
    </message>
    <message>
        <source>Clearinghouse settings: there is no secret called &quot;%1&quot; (%2, %3 or %4).</source>
        <translation>Configuración de la cámara de compensación: no existe ningún secreto llamado &quot;%1&quot; (%2, %3 o %4).</translation>
    </message>
    <message>
        <source>The outbox folder %1 does not exist.</source>
        <translation>La carpeta de salida %1 no existe.</translation>
    </message>
    <message>
        <source>The outbox folder %1 cannot be written: %2</source>
        <translation>No se puede escribir en la carpeta de salida %1: %2</translation>
    </message>
    <message>
        <source>Acknowledgments are fetched by SFTP from the acknowledgment directory, which is not set.</source>
        <translation>Los acuses de recibo se obtienen por SFTP del directorio de acuses de recibo, que no está configurado.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ClearinghouseSettings</name>
    <message>
        <source>The outbox folder must be an absolute path.</source>
        <translation>La carpeta de salida debe ser una ruta absoluta.</translation>
    </message>
    <message>
        <source>The SFTP host &quot;%1&quot; is not a host name or address.</source>
        <translation>El host SFTP &quot;%1&quot; no es un nombre de host ni una dirección.</translation>
    </message>
    <message>
        <source>The SFTP port %1 is not between 1 and 65535.</source>
        <translation>El puerto SFTP %1 no está entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The SFTP user name is missing or contains @.</source>
        <translation>Falta el nombre de usuario SFTP o contiene @.</translation>
    </message>
    <message>
        <source>The server&apos;s host key must be pinned as a SHA256 fingerprint (SHA256: and 43 base64 characters, as ssh-keygen -lf prints it).</source>
        <translation>La clave de host del servidor debe fijarse como una huella SHA256 (SHA256: y 43 caracteres base64, tal como la muestra ssh-keygen -lf).</translation>
    </message>
    <message>
        <source>The remote upload directory is missing.</source>
        <translation>Falta el directorio remoto de carga.</translation>
    </message>
    <message>
        <source>The connect timeout must be 1 to 600 seconds.</source>
        <translation>El tiempo de espera de conexión debe ser de 1 a 600 segundos.</translation>
    </message>
    <message>
        <source>The transfer timeout must be 1 to 3600 seconds.</source>
        <translation>El tiempo de espera de transferencia debe ser de 1 a 3600 segundos.</translation>
    </message>
    <message>
        <source>The submitter id must be 1 to 15 letters, digits or spaces.</source>
        <translation>El ID de remitente debe tener de 1 a 15 letras, dígitos o espacios.</translation>
    </message>
    <message>
        <source>The receiver id must be 1 to 15 letters, digits or spaces.</source>
        <translation>El ID de receptor debe tener de 1 a 15 letras, dígitos o espacios.</translation>
    </message>
    <message>
        <source>The receiver name is missing.</source>
        <translation>Falta el nombre del receptor.</translation>
    </message>
    <message>
        <source>The payer id set is missing.</source>
        <translation>Falta el conjunto de ID de pagadores.</translation>
    </message>
    <message>
        <source>The stored delivery mode &quot;%1&quot; is neither sftp nor folder.</source>
        <translation>El modo de entrega guardado &quot;%1&quot; no es sftp ni folder.</translation>
    </message>
</context>
<context>
    <name>fd::billing::CoreConnectivityClient</name>
    <message>
        <source>The clearinghouse %1 answered with something that is not a SOAP 1.2 envelope.</source>
        <translation>La cámara de compensación %1 respondió con algo que no es un sobre SOAP 1.2.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a SOAP fault (%2): %3</source>
        <translation>La cámara de compensación %1 respondió con un error SOAP (%2): %3</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a multipart body without a boundary.</source>
        <translation>La cámara de compensación %1 respondió con un cuerpo multiparte sin delimitador.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with an empty or unreadable multipart body.</source>
        <translation>La cámara de compensación %1 respondió con un cuerpo multiparte vacío o ilegible.</translation>
    </message>
    <message>
        <source>The request to %1 has no payload.</source>
        <translation>La solicitud a %1 no tiene contenido.</translation>
    </message>
    <message>
        <source>No network access for %1.</source>
        <translation>No hay acceso a la red para %1.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>El paquete de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 did not answer within %2 s.</source>
        <translation>La cámara de compensación %1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 refused the connection (nothing listens on port %2).</source>
        <translation>La cámara de compensación %1 rechazó la conexión (nada escucha en el puerto %2).</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation>Falló la conexión segura (TLS) con %1: %2</translation>
    </message>
    <message>
        <source>The connection to the clearinghouse %1 failed.</source>
        <translation>Falló la conexión con la cámara de compensación %1.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered HTTP %2.</source>
        <translation>La cámara de compensación %1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a %2 payload, not %3.</source>
        <translation>La cámara de compensación %1 respondió con un contenido %2, no %3.</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with an empty payload.</source>
        <translation>La cámara de compensación %1 respondió con un contenido vacío.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with CORE error %2: %3</source>
        <translation>La cámara de compensación %1 respondió con el error CORE %2: %3</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
</context>
<context>
    <name>fd::billing::CoreEndpointSettings</name>
    <message>
        <source>Clearinghouse endpoint: &quot;%1&quot; is not a URL.</source>
        <translation>Punto de conexión de la cámara de compensación: &quot;%1&quot; no es una URL.</translation>
    </message>
    <message>
        <source>Clearinghouse endpoint: %1 must use https.</source>
        <translation>Punto de conexión de la cámara de compensación: %1 debe usar https.</translation>
    </message>
    <message>
        <source>Clearinghouse endpoint: the sender and receiver ids are required.</source>
        <translation>Punto de conexión de la cámara de compensación: los ID de remitente y receptor son obligatorios.</translation>
    </message>
    <message>
        <source>Clearinghouse endpoint: the timeout must be positive.</source>
        <translation>Punto de conexión de la cámara de compensación: el tiempo de espera debe ser positivo.</translation>
    </message>
    <message>
        <source>Clearinghouse endpoint: the CA bundle %1 does not exist.</source>
        <translation>Punto de conexión de la cámara de compensación: el paquete de CA %1 no existe.</translation>
    </message>
</context>
<context>
    <name>fd::billing::Eligibility270Writer</name>
    <message>
        <source>The 270 cannot be written: %1.</source>
        <translation>No se puede escribir el 270: %1.</translation>
    </message>
    <message>
        <source>the control number must be between 1 and 999999999</source>
        <translation>el número de control debe estar entre 1 y 999999999</translation>
    </message>
    <message>
        <source>the sender and receiver ids must have 1 to 15 characters</source>
        <translation>los ID de remitente y receptor deben tener de 1 a 15 caracteres</translation>
    </message>
    <message>
        <source>the payer needs a name and a payer id</source>
        <translation>el pagador necesita un nombre y un id. de pagador</translation>
    </message>
    <message>
        <source>the provider&apos;s NPI %1 is not valid</source>
        <translation>el NPI %1 del profesional no es válido</translation>
    </message>
    <message>
        <source>the provider&apos;s name is missing</source>
        <translation>falta el nombre del profesional</translation>
    </message>
    <message>
        <source>the practice&apos;s tax id must have 9 digits</source>
        <translation>el número de identificación fiscal del consultorio debe tener 9 dígitos</translation>
    </message>
    <message>
        <source>the trace number must have 1 to 50 characters</source>
        <translation>el número de rastreo debe tener de 1 a 50 caracteres</translation>
    </message>
    <message>
        <source>the member id is missing</source>
        <translation>falta el número de afiliado</translation>
    </message>
    <message>
        <source>the subscriber&apos;s last name is missing</source>
        <translation>falta el apellido del suscriptor</translation>
    </message>
    <message>
        <source>the dependent&apos;s name is missing</source>
        <translation>falta el nombre del dependiente</translation>
    </message>
    <message>
        <source>the dependent&apos;s date of birth is missing</source>
        <translation>falta la fecha de nacimiento del dependiente</translation>
    </message>
    <message>
        <source>the date of service is missing</source>
        <translation>falta la fecha de servicio</translation>
    </message>
    <message>
        <source>at most 99 service types can be asked</source>
        <translation>se pueden consultar como máximo 99 tipos de servicio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service type code</source>
        <translation>&quot;%1&quot; no es un código de tipo de servicio</translation>
    </message>
</context>
<context>
    <name>fd::billing::Eligibility271Reader</name>
    <message>
        <source>The payer&apos;s answer says neither active nor inactive (no EB01 status 1 to 8).</source>
        <translation>La respuesta del pagador no indica ni activa ni inactiva (ningún estado EB01 del 1 al 8).</translation>
    </message>
    <message>
        <source>The answer is not a 271 eligibility response: it holds %1.</source>
        <translation>La respuesta no es una respuesta de elegibilidad 271: contiene %1.</translation>
    </message>
    <message>
        <source>The answer is not a readable 271 eligibility response.</source>
        <translation>La respuesta no es una respuesta de elegibilidad 271 legible.</translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation>año calendario</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>restante</translation>
    </message>
    <message>
        <source>service year</source>
        <translation>año de servicio</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>en lo que va del año</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrato</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>episodio</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>de por vida</translation>
    </message>
    <message>
        <source>lifetime remaining</source>
        <translation>restante de por vida</translation>
    </message>
    <message>
        <source>health benefit plan coverage</source>
        <translation>cobertura del plan de beneficios de salud</translation>
    </message>
    <message>
        <source>office visit</source>
        <translation>consulta en consultorio</translation>
    </message>
    <message>
        <source>medical care</source>
        <translation>atención médica</translation>
    </message>
    <message>
        <source>chiropractic</source>
        <translation>quiropráctica</translation>
    </message>
    <message>
        <source>dental care</source>
        <translation>atención dental</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hospital</translation>
    </message>
    <message>
        <source>emergency services</source>
        <translation>servicios de emergencia</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>farmacia</translation>
    </message>
    <message>
        <source>urgent care</source>
        <translation>atención de urgencia</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>salud mental</translation>
    </message>
    <message>
        <source>Information the payer requires is missing from the request.</source>
        <translation>A la solicitud le falta información que el pagador requiere.</translation>
    </message>
    <message>
        <source>The payer does not allow this practice to ask for this member.</source>
        <translation>El pagador no permite que este consultorio haga consultas sobre este afiliado.</translation>
    </message>
    <message>
        <source>The payer cannot answer right now; try again later.</source>
        <translation>El pagador no puede responder en este momento; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The payer does not accept the provider&apos;s NPI; check the practice&apos;s NPI.</source>
        <translation>El pagador no acepta el NPI del profesional; verifique el NPI del consultorio.</translation>
    </message>
    <message>
        <source>The provider&apos;s name does not match the payer&apos;s records.</source>
        <translation>El nombre del profesional no coincide con los registros del pagador.</translation>
    </message>
    <message>
        <source>The provider is not enrolled with this payer for eligibility inquiries.</source>
        <translation>El profesional no está inscrito con este pagador para consultas de elegibilidad.</translation>
    </message>
    <message>
        <source>The date of service is outside the provider&apos;s enrollment with the plan.</source>
        <translation>La fecha de servicio está fuera del período de inscripción del profesional en el plan.</translation>
    </message>
    <message>
        <source>The payer cannot answer for this date of service.</source>
        <translation>El pagador no puede responder para esta fecha de servicio.</translation>
    </message>
    <message>
        <source>The date of birth does not match the payer&apos;s records; check it with the patient.</source>
        <translation>La fecha de nacimiento no coincide con los registros del pagador; verifíquela con el paciente.</translation>
    </message>
    <message>
        <source>The date of birth is after the date of service.</source>
        <translation>La fecha de nacimiento es posterior a la fecha de servicio.</translation>
    </message>
    <message>
        <source>The payer cannot find the patient; check the name, date of birth and member id.</source>
        <translation>El pagador no encuentra al paciente; verifique el nombre, la fecha de nacimiento y el número de afiliado.</translation>
    </message>
    <message>
        <source>The member id is not valid for this payer; check the id on the insurance card.</source>
        <translation>El número de afiliado no es válido para este pagador; verifique el número en la tarjeta del seguro.</translation>
    </message>
    <message>
        <source>The subscriber&apos;s name does not match the member id; check the name on the card.</source>
        <translation>El nombre del suscriptor no coincide con el número de afiliado; verifique el nombre en la tarjeta.</translation>
    </message>
    <message>
        <source>The payer cannot find the subscriber; check the member id, name and date of birth.</source>
        <translation>El pagador no encuentra al suscriptor; verifique el número de afiliado, el nombre y la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>The payer has more than one subscriber with this member id; call the payer.</source>
        <translation>El pagador tiene más de un suscriptor con este número de afiliado; llame al pagador.</translation>
    </message>
    <message>
        <source>The subscriber was found but not this patient as a dependent; check the patient&apos;s name and date of birth.</source>
        <translation>Se encontró al suscriptor, pero no a este paciente como dependiente; verifique el nombre y la fecha de nacimiento del paciente.</translation>
    </message>
    <message>
        <source>The subscriber is not in the group or plan named.</source>
        <translation>El suscriptor no pertenece al grupo o plan indicado.</translation>
    </message>
    <message>
        <source>The clearinghouse or payer does not accept the submitter&apos;s id.</source>
        <translation>La cámara de compensación o el pagador no acepta el id. del remitente.</translation>
    </message>
    <message>
        <source>The payer did not answer; try again later.</source>
        <translation>El pagador no respondió; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The payer&apos;s name or id is missing or wrong; check the payer set-up.</source>
        <translation>El nombre o el id. del pagador falta o es incorrecto; revise la configuración del pagador.</translation>
    </message>
    <message>
        <source>The payer rejected the request.</source>
        <translation>El pagador rechazó la solicitud.</translation>
    </message>
    <message>
        <source>%1 (payer reason %2)</source>
        <translation>%1 (motivo del pagador: %2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
</context>
<context>
    <name>fd::billing::EligibilityService</name>
    <message>
        <source>The number of days to skip must not be negative.</source>
        <translation>El número de días a omitir no debe ser negativo.</translation>
    </message>
    <message>
        <source>No insurance in effect on the day: self-pay.</source>
        <translation>No hay seguro vigente ese día: pago particular.</translation>
    </message>
    <message>
        <source>%1 answers eligibility questions by %2: verify by phone or portal.</source>
        <translation>%1 responde las consultas de elegibilidad por %2: verifique por teléfono o en el portal.</translation>
    </message>
    <message>
        <source>No clearinghouse endpoint is set up for real-time eligibility.</source>
        <translation>No hay ningún punto de conexión de la cámara de compensación configurado para la elegibilidad en tiempo real.</translation>
    </message>
    <message>
        <source>The day of the verification list is missing.</source>
        <translation>Falta el día de la lista de verificación.</translation>
    </message>
    <message>
        <source>Verification list entry %1 does not exist.</source>
        <translation>La entrada %1 de la lista de verificación no existe.</translation>
    </message>
    <message>
        <source>The note is longer than 2,000 characters.</source>
        <translation>La nota tiene más de 2,000 caracteres.</translation>
    </message>
    <message>
        <source>The payer %1 answers eligibility questions by %2, not by a 270.</source>
        <translation>El pagador %1 responde las consultas de elegibilidad por %2, no mediante un 270.</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a payload that is not a 271: %2</source>
        <translation>La cámara de compensación %1 respondió con un contenido que no es un 271: %2</translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered another inquiry: the 271 does not echo trace number %2.</source>
        <translation>La cámara de compensación %1 respondió a otra consulta: el 271 no repite el número de rastreo %2.</translation>
    </message>
    <message>
        <source>The 271 answer with trace number %1 matches no 270 waiting for an answer; nothing was imported.</source>
        <translation>La respuesta 271 con número de rastreo %1 no coincide con ningún 270 pendiente de respuesta; no se importó nada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The envelope must be soap or mime, not &quot;%1&quot;.</source>
        <translation>El sobre debe ser soap o mime, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The timeout must be 1 to 600 seconds.</source>
        <translation>El tiempo de espera debe ser de 1 a 600 segundos.</translation>
    </message>
    <message>
        <source>(not available to you)</source>
        <translation>(no disponible para usted)</translation>
    </message>
</context>
<context>
    <name>fd::billing::FetchedAckService</name>
    <message>
        <source>Name the fetched acknowledgment file (its name or id).</source>
        <translation>Nombre el archivo de acuse obtenido (su nombre o id).</translation>
    </message>
    <message>
        <source>No acknowledgment file %1 was fetched from the clearinghouse (acks fetched --all lists those that were).</source>
        <translation>No se obtuvo de la cámara de compensación ningún archivo de acuse %1 (acks fetched --all lista los que sí).</translation>
    </message>
    <message>
        <source>%1 names %2 fetched files; give the id of one: %3.</source>
        <translation>%1 nombra %2 archivos obtenidos; indique el id de uno: %3.</translation>
    </message>
    <message>
        <source>The fetched acknowledgment file %1 is gone.</source>
        <translation>El archivo de acuse obtenido %1 ya no existe.</translation>
    </message>
    <message>
        <source>Give the reason the file is set aside.</source>
        <translation>Indique el motivo por el que se aparta el archivo.</translation>
    </message>
    <message>
        <source>%1 was imported on %2; only a file that is not imported can be set aside.</source>
        <translation>%1 se importó el %2; solo se puede apartar un archivo no importado.</translation>
    </message>
    <message>
        <source>%1 was set aside on %2 by %3: %4</source>
        <translation>%1 se apartó el %2 por %3: %4</translation>
    </message>
    <message>
        <source>%1 is not set aside (it is %2).</source>
        <translation>%1 no está apartado (está %2).</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>waiting for the import</source>
        <translation>esperando la importación</translation>
    </message>
    <message>
        <source>%1 was taken back by someone else meanwhile.</source>
        <translation>Otra persona recuperó %1 mientras tanto.</translation>
    </message>
</context>
<context>
    <name>fd::billing::NcciParser</name>
    <message>
        <source>NCCI file, line %1: %2</source>
        <translation>Archivo NCCI, línea %1: %2</translation>
    </message>
    <message>
        <source>%1 column(s); a row has column 1, column 2, the 1996 flag, the effective date, the deletion date and the modifier indicator</source>
        <translation>%1 columna(s); una fila tiene la columna 1, la columna 2, el indicador de 1996, la fecha de vigencia, la fecha de eliminación y el indicador de modificador</translation>
    </message>
    <message>
        <source>column 2 &apos;%1&apos; is not a procedure code</source>
        <translation>la columna 2 &apos;%1&apos; no es un código de procedimiento</translation>
    </message>
    <message>
        <source>the prior-to-1996 flag &apos;%1&apos; is neither &apos;*&apos; nor empty</source>
        <translation>el indicador anterior a 1996 &apos;%1&apos; no es &apos;*&apos; ni está vacío</translation>
    </message>
    <message>
        <source>the effective date &apos;%1&apos; is not a date YYYYMMDD</source>
        <translation>la fecha de vigencia &apos;%1&apos; no es una fecha AAAAMMDD</translation>
    </message>
    <message>
        <source>the deletion date &apos;%1&apos; is neither a date YYYYMMDD nor &apos;*&apos;</source>
        <translation>la fecha de eliminación &apos;%1&apos; no es una fecha AAAAMMDD ni &apos;*&apos;</translation>
    </message>
    <message>
        <source>the deletion date %1 is before the effective date %2</source>
        <translation>la fecha de eliminación %1 es anterior a la fecha de vigencia %2</translation>
    </message>
    <message>
        <source>the modifier indicator &apos;%1&apos; is not 0, 1 or 9</source>
        <translation>el indicador de modificador &apos;%1&apos; no es 0, 1 ni 9</translation>
    </message>
    <message>
        <source>column 1 &apos;%1&apos; is not a procedure code</source>
        <translation>la columna 1 &apos;%1&apos; no es un código de procedimiento</translation>
    </message>
    <message>
        <source>The NCCI file has no edit rows (column 1, column 2, 1996 flag, effective date, deletion date, modifier indicator, separated by tabs).</source>
        <translation>El archivo NCCI no tiene filas de ediciones (columna 1, columna 2, indicador de 1996, fecha de vigencia, fecha de eliminación, indicador de modificador, separadas por tabulaciones).</translation>
    </message>
</context>
<context>
    <name>fd::billing::SftpSession</name>
    <message>
        <source>The clearinghouse host %1 cannot be resolved: %2</source>
        <translation>No se puede resolver el host %1 de la cámara de compensación: %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>The clearinghouse at %1:%2 cannot be reached: %3</source>
        <translation>No se puede conectar con la cámara de compensación en %1:%2: %3</translation>
    </message>
    <message>
        <source>%1 with %2 timed out after %3 s (%4).</source>
        <translation>%1 con %2: se agotó el tiempo de espera tras %3 s (%4).</translation>
    </message>
    <message>
        <source> (SFTP status %1)</source>
        <translation> (estado SFTP %1)</translation>
    </message>
    <message>
        <source>%1 with %2 failed: %3</source>
        <translation>%1 con %2 falló: %3</translation>
    </message>
    <message>
        <source>Reading the server&apos;s host key</source>
        <translation>La lectura de la clave de host del servidor</translation>
    </message>
    <message>
        <source>Hashing the server&apos;s host key</source>
        <translation>El cálculo del hash de la clave de host del servidor</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is unknown: the server shows %2 and no key is pinned. Nothing was sent; pin the key after checking it with the clearinghouse.</source>
        <translation>La clave de host SSH de %1 es desconocida: el servidor muestra %2 y no hay ninguna clave fijada. No se envió nada; fije la clave después de verificarla con la cámara de compensación.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 has changed: the server shows %2 but %3 is pinned. The connection was refused and nothing was sent.</source>
        <translation>La clave de host SSH de %1 cambió: el servidor muestra %2, pero la clave fijada es %3. Se rechazó la conexión y no se envió nada.</translation>
    </message>
    <message>
        <source>The stored private key for %1 cannot be read (not an OpenSSH or PEM key, or a wrong passphrase).</source>
        <translation>No se puede leer la clave privada guardada para %1 (no es una clave OpenSSH ni PEM, o la frase de contraseña es incorrecta).</translation>
    </message>
    <message>
        <source>%1 refused the login of user %2 by %3.</source>
        <translation>%1 rechazó el inicio de sesión del usuario %2 con %3.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clave privada</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>El inicio de sesión</translation>
    </message>
    <message>
        <source>libssh could not make a session.</source>
        <translation>libssh no pudo crear una sesión.</translation>
    </message>
    <message>
        <source>connect, host key and login</source>
        <translation>conexión, clave de host e inicio de sesión</translation>
    </message>
    <message>
        <source>The SSH handshake</source>
        <translation>El protocolo de enlace SSH</translation>
    </message>
    <message>
        <source>SFTP transfer</source>
        <translation>transferencia SFTP</translation>
    </message>
    <message>
        <source>Starting SFTP</source>
        <translation>El inicio de SFTP</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>El listado de %1</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>La creación de %1</translation>
    </message>
    <message>
        <source>The upload of %1</source>
        <translation>La carga de %1</translation>
    </message>
    <message>
        <source>Closing %1</source>
        <translation>El cierre de %1</translation>
    </message>
    <message>
        <source>Renaming %1 to %2</source>
        <translation>El cambio de nombre de %1 a %2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>La comprobación de %1</translation>
    </message>
    <message>
        <source>%1 on %2 has %3 bytes instead of %4.</source>
        <translation>%1 en %2 tiene %3 bytes en lugar de %4.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>La apertura de %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>La lectura de %1</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than %3 bytes.</source>
        <translation>%1 en %2 tiene más de %3 bytes.</translation>
    </message>
</context>
<context>
    <name>fd::billing::SubmissionService</name>
    <message>
        <source>Claim %1 is on batch %2, whose delivery was started but never confirmed or refused. Ask the clearinghouse whether it has file %3 before sending the claim again.</source>
        <translation>La reclamación %1 está en el lote %2, cuyo envío se inició pero nunca se confirmó ni se rechazó. Pregunte a la cámara de compensación si tiene el archivo %3 antes de volver a enviar la reclamación.</translation>
    </message>
    <message>
        <source>Claim %1 was already sent on batch %2 (%3); a claim is never sent twice.</source>
        <translation>La reclamación %1 ya se envió en el lote %2 (%3); una reclamación nunca se envía dos veces.</translation>
    </message>
    <message>
        <source>The outbox folder %1 does not exist.</source>
        <translation>La carpeta de salida %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is in the outbox already.</source>
        <translation>%1 ya está en la carpeta de salida.</translation>
    </message>
    <message>
        <source>Batch %1 disappeared while it was sent.</source>
        <translation>El lote %1 desapareció mientras se enviaba.</translation>
    </message>
    <message>
        <source>Batch %1 was %2 but that could not be recorded (%3); it stays &quot;sending&quot; and its claims are not sent again until it is resolved.</source>
        <translation>El lote %1 fue %2, pero no se pudo registrar (%3); sigue en &quot;sending&quot; y sus reclamaciones no se vuelven a enviar hasta que se resuelva.</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>No existe el lote %1.</translation>
    </message>
    <message>
        <source>The batch list needs a positive limit.</source>
        <translation>La lista de lotes necesita un límite positivo.</translation>
    </message>
    <message>
        <source>Name the batch by its interchange control number, file name or id.</source>
        <translation>Indique el lote por su número de control de intercambio, nombre de archivo o id.</translation>
    </message>
    <message>
        <source>There is no batch %1 (name it by its interchange control number, file name or id).</source>
        <translation>No existe el lote %1 (indíquelo por su número de control de intercambio, nombre de archivo o id).</translation>
    </message>
    <message>
        <source>%1 names %2 batches; name the batch by its interchange control number or id.</source>
        <translation>%1 corresponde a %2 lotes; indique el lote por su número de control de intercambio o id.</translation>
    </message>
    <message>
        <source>Give the reason batch %1 is settled (what the clearinghouse said).</source>
        <translation>Indique el motivo por el que se cierra el lote %1 (lo que dijo la cámara de compensación).</translation>
    </message>
    <message>
        <source>Batch %1 (%2) is &quot;%3&quot;: only a batch still &quot;sending&quot;, whose delivery was neither confirmed nor refused, can be settled. Nothing was changed.</source>
        <translation>El lote %1 (%2) está &quot;%3&quot;: solo se puede cerrar un lote que siga &quot;en envío&quot;, cuya entrega no se haya confirmado ni rechazado. No se cambió nada.</translation>
    </message>
    <message>
        <source>Batch %1 disappeared.</source>
        <translation>El lote %1 desapareció.</translation>
    </message>
    <message>
        <source>Settled as not delivered: %1</source>
        <translation>Cerrado como no entregado: %1</translation>
    </message>
    <message>
        <source>Batch %1 was saved to a file of the user&apos;s choice (%2); there is no destination to look at.</source>
        <translation>El lote %1 se guardó en un archivo elegido por el usuario (%2); no hay destino que revisar.</translation>
    </message>
    <message>
        <source>Batch %1 went to %2 but the clearinghouse settings now say %3; look for %4 there by hand.</source>
        <translation>El lote %1 se envió a %2, pero la configuración de la cámara de compensación ahora indica %3; busque %4 allí manualmente.</translation>
    </message>
</context>
<context>
    <name>fd::billing::render::Cms1500Builder</name>
    <message>
        <source>The services claim forms are made from are not available.</source>
        <translation>Los servicios con los que se generan los formularios de reclamación no están disponibles.</translation>
    </message>
    <message>
        <source>Name at least one claim to print.</source>
        <translation>Indique al menos una reclamación para imprimir.</translation>
    </message>
    <message>
        <source>SIGNATURE ON FILE</source>
        <translation>SIGNATURE ON FILE</translation>
    </message>
    <message>
        <source>Claim %1 cannot be printed on a CMS-1500: box %2 (%3) is missing.</source>
        <translation>La reclamación %1 no se puede imprimir en un CMS-1500: falta la casilla %2 (%3).</translation>
    </message>
    <message>
        <source>insured&apos;s ID number</source>
        <translation>número de identificación del asegurado</translation>
    </message>
    <message>
        <source>patient&apos;s last and first name</source>
        <translation>apellido y nombre del paciente</translation>
    </message>
    <message>
        <source>patient&apos;s birth date</source>
        <translation>fecha de nacimiento del paciente</translation>
    </message>
    <message>
        <source>insured&apos;s name</source>
        <translation>nombre del asegurado</translation>
    </message>
    <message>
        <source>patient&apos;s street, city, state and ZIP code</source>
        <translation>calle, ciudad, estado y código postal del paciente</translation>
    </message>
    <message>
        <source>a diagnosis</source>
        <translation>un diagnóstico</translation>
    </message>
    <message>
        <source>a service line</source>
        <translation>una línea de servicio</translation>
    </message>
    <message>
        <source>the diagnosis pointer of line %1</source>
        <translation>el puntero de diagnóstico de la línea %1</translation>
    </message>
    <message>
        <source>the billing provider&apos;s nine-digit federal tax ID</source>
        <translation>el número de identificación fiscal federal de nueve dígitos del profesional que factura</translation>
    </message>
    <message>
        <source>billing provider&apos;s name and address</source>
        <translation>nombre y dirección del profesional que factura</translation>
    </message>
    <message>
        <source>billing provider&apos;s NPI</source>
        <translation>NPI del profesional que factura</translation>
    </message>
</context>
<context>
    <name>fd::billing::render::Cms1500Document</name>
    <message>
        <source>CONTINUED</source>
        <translation>CONTINUED</translation>
    </message>
    <message>
        <source>PAGE %1 OF %2</source>
        <translation>PAGE %1 OF %2</translation>
    </message>
    <message>
        <source>There is no claim to print.</source>
        <translation>No hay ninguna reclamación para imprimir.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for the claim forms.</source>
        <translation>No se pudo abrir la impresora o el archivo para los formularios de reclamación.</translation>
    </message>
    <message>
        <source>The printer refused page %1 of the claim forms.</source>
        <translation>La impresora rechazó la página %1 de los formularios de reclamación.</translation>
    </message>
    <message>
        <source>CMS-1500 claim forms</source>
        <translation>Formularios de reclamación CMS-1500</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BatchClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Estado actual</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BatchesDock</name>
    <message>
        <source>&amp;Settle…</source>
        <translation>&amp;Resolver lote…</translation>
    </message>
    <message>
        <source>Record whether the clearinghouse received a batch left &quot;sending&quot;</source>
        <translation>Registrar si la cámara de compensación recibió un lote que quedó &quot;enviándose&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 settled as delivered: its %n claim(s) are submitted.</source>
        <translation>
            <numerusform>Lote %1 resuelto como entregado: su %n reclamación queda enviada.</numerusform>
            <numerusform>Lote %1 resuelto como entregado: sus %n reclamaciones quedan enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 settled as not delivered: its %n claim(s) can go in a new batch.</source>
        <translation>
            <numerusform>Lote %1 resuelto como no entregado: su %n reclamación puede ir en un lote nuevo.</numerusform>
            <numerusform>Lote %1 resuelto como no entregado: sus %n reclamaciones pueden ir en un lote nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle batch</source>
        <translation>Resolver lote</translation>
    </message>
    <message>
        <source>Batch %1 (%2) was left &quot;sending&quot;. Did the clearinghouse receive it?</source>
        <translation>El lote %1 (%2) quedó &quot;enviándose&quot;. ¿Lo recibió la cámara de compensación?</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>No recibido</translation>
    </message>
    <message>
        <source>What did the clearinghouse say?</source>
        <translation>¿Qué dijo la cámara de compensación?</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BatchesModel</name>
    <message>
        <source>Written</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Interchange (ISA13)</source>
        <translation>Intercambio (ISA13)</translation>
    </message>
    <message>
        <source>Group (GS06)</source>
        <translation>Grupo (GS06)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Transaction sets</source>
        <translation>Conjuntos de transacciones</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Written to a file</source>
        <translation>Escrito en un archivo</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Entrega fallida</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Con acuse de recibo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BillingModule</name>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <source>The billing services are not available</source>
        <translation>Los servicios de facturación no están disponibles</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Unbilled charges</source>
        <translation>Cargos sin facturar</translation>
    </message>
    <message>
        <source>Batch history</source>
        <translation>Historial de lotes</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Insurance verification</source>
        <translation>Verificación de seguro</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Reclamaciones</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Unbilled Charges</source>
        <translation>Cargos &amp;sin facturar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Batch &amp;History</source>
        <translation>&amp;Historial de lotes</translation>
    </message>
    <message>
        <source>&amp;Enter Charges…</source>
        <translation>&amp;Ingresar cargos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Build Claims…</source>
        <translation>&amp;Generar reclamaciones…</translation>
    </message>
    <message>
        <source>Create Claim from &amp;Selected</source>
        <translation>Crear reclamación a partir de la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Rejections</source>
        <translation>&amp;Rechazos</translation>
    </message>
    <message>
        <source>Insurance &amp;Verification</source>
        <translation>&amp;Verificación de seguro</translation>
    </message>
    <message>
        <source>Mark Claims &amp;Ready</source>
        <translation>Marcar reclamaciones como &amp;listas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Claims Back to &amp;Draft</source>
        <translation>Devolver reclamaciones a &amp;borrador</translation>
    </message>
    <message>
        <source>De&amp;lete Draft Claims</source>
        <translation>&amp;Eliminar reclamaciones en borrador</translation>
    </message>
    <message>
        <source>Re&amp;placement Claim (7)…</source>
        <translation>Reclamación de reem&amp;plazo (7)…</translation>
    </message>
    <message>
        <source>&amp;Void Claim (8)…</source>
        <translation>&amp;Anular reclamación (8)…</translation>
    </message>
    <message>
        <source>E&amp;xport 837P…</source>
        <translation>E&amp;xportar 837P…</translation>
    </message>
    <message>
        <source>Scr&amp;ub Claims</source>
        <translation>Rev&amp;isar reclamaciones</translation>
    </message>
    <message>
        <source>&amp;Send Claims to Clearinghouse</source>
        <translation>&amp;Enviar reclamaciones a la cámara de compensación</translation>
    </message>
    <message>
        <source>Check Claim &amp;Status</source>
        <translation>Consultar el e&amp;stado de la reclamación</translation>
    </message>
    <message>
        <source>Status of Service L&amp;ines…</source>
        <translation>Estado de las l&amp;íneas de servicio…</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BillingNames</name>
    <message>
        <source>Restricted patient</source>
        <translation>Paciente restringido</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Unknown payer</source>
        <translation>Pagador desconocido</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>Profesional desconocido</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BillingText</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replacement (7)</source>
        <translation>Reemplazo (7)</translation>
    </message>
    <message>
        <source>Void (8)</source>
        <translation>Anulación (8)</translation>
    </message>
    <message>
        <source> ×%1</source>
        <translation> ×%1</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::BuildReportDialog</name>
    <message>
        <source>Claims Built</source>
        <translation>Reclamaciones generadas</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made</source>
        <translation>
            <numerusform>%n reclamación creada</numerusform>
            <numerusform>%n reclamaciones creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) held</source>
        <translation>
            <numerusform>%n cargo retenido</numerusform>
            <numerusform>%n cargos retenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sin hallazgos</translation>
    </message>
    <message>
        <source>Scrubbed as built: %1 with errors to correct, %2 with warnings to acknowledge. The Claims dock shows each claim&apos;s findings.</source>
        <translation>Revisadas al crearse: %1 con errores por corregir, %2 con advertencias por aceptar. El panel Reclamaciones muestra los hallazgos de cada una.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ChargeEntryDialog</name>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Roomed</source>
        <translation>En sala</translation>
    </message>
    <message>
        <source>With provider</source>
        <translation>Con el profesional</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Enter Charges</source>
        <translation>Ingresar cargos</translation>
    </message>
    <message>
        <source>&amp;Post charges</source>
        <translation>Registrar &amp;cargos</translation>
    </message>
    <message>
        <source>Store the charges and post them to the ledger (Ctrl+Return)</source>
        <translation>Guardar los cargos y registrarlos en el libro mayor (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Dí&amp;a</translation>
    </message>
    <message>
        <source>Pick an appointment.</source>
        <translation>Seleccione una cita.</translation>
    </message>
    <message>
        <source>ICD-10-CM codes in order, the principal first: J06.9, E11.9</source>
        <translation>Códigos ICD-10-CM en orden, el principal primero: J06.9, E11.9</translation>
    </message>
    <message>
        <source>&amp;Diagnoses</source>
        <translation>&amp;Diagnósticos</translation>
    </message>
    <message>
        <source>&amp;Rendering</source>
        <translation>Profesional que pres&amp;ta el servicio</translation>
    </message>
    <message>
        <source>&amp;Supervising</source>
        <translation>Profesional &amp;supervisor</translation>
    </message>
    <message>
        <source>Re&amp;ferring</source>
        <translation>Profesional que &amp;refiere</translation>
    </message>
    <message>
        <source>Prior a&amp;uthorization</source>
        <translation>Autorización pre&amp;via</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Diagnosis pointers</source>
        <translation>Punteros de diagnóstico</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Agregar &amp;línea</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>Modifiers and pointers separated by spaces or commas; pointers count the diagnoses from 1.</source>
        <translation>Modificadores y punteros separados por espacios o comas; los punteros numeran los diagnósticos desde 1.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No appointments on %1.</source>
        <translation>No hay citas el %1.</translation>
    </message>
    <message>
        <source>%1 — %2 at %3, %4</source>
        <translation>%1 — %2 a las %3, %4</translation>
    </message>
    <message>
        <source>Charges were entered for this visit already (%1).</source>
        <translation>Ya se ingresaron cargos para esta visita (%1).</translation>
    </message>
    <message>
        <source>Line %1: units must be a whole number.</source>
        <translation>Línea %1: las unidades deben ser un número entero.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a diagnosis number.</source>
        <translation>Línea %1: &quot;%2&quot; no es un número de diagnóstico.</translation>
    </message>
    <message>
        <source>Enter at least one line with a code.</source>
        <translation>Ingrese al menos una línea con un código.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClaimDetailPane</name>
    <message>
        <source>Select a claim to see its lines, diagnoses and history.</source>
        <translation>Seleccione una reclamación para ver sus líneas, diagnósticos e historial.</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
    <message>
        <source>Payer: %1 (order %2)</source>
        <translation>Pagador: %1 (orden %2)</translation>
    </message>
    <message>
        <source>Service date: %1</source>
        <translation>Fecha de servicio: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Rendering: %1</source>
        <translation>Profesional que presta el servicio: %1</translation>
    </message>
    <message>
        <source>Place of service: %1</source>
        <translation>Lugar de servicio: %1</translation>
    </message>
    <message>
        <source>%1 of payer claim %2</source>
        <translation>%1 de la reclamación del pagador %2</translation>
    </message>
    <message>
        <source>Supervising: %1</source>
        <translation>Profesional supervisor: %1</translation>
    </message>
    <message>
        <source>Referring: %1</source>
        <translation>Profesional que refiere: %1</translation>
    </message>
    <message>
        <source>Prior authorization: %1</source>
        <translation>Autorización previa: %1</translation>
    </message>
    <message>
        <source>Diagnoses:</source>
        <translation>Diagnósticos:</translation>
    </message>
    <message>
        <source>%1. %2%3</source>
        <translation>%1. %2%3</translation>
    </message>
    <message>
        <source> (principal)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Pointers</source>
        <translation>Punteros</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>made as %1</source>
        <translation>creada como %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Payer status</source>
        <translation>Estado del pagador</translation>
    </message>
    <message>
        <source>The payer has not reported a status for this claim yet.</source>
        <translation>El pagador aún no ha informado un estado para esta reclamación.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payer claim number</source>
        <translation>Número de reclamación del pagador</translation>
    </message>
    <message>
        <source>Service lines, as the payer answered on %1</source>
        <translation>Líneas de servicio, según respondió el pagador el %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>not on the claim</source>
        <translation>no está en la reclamación</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClaimLinesDialog</name>
    <message>
        <source>Status of Service Lines</source>
        <translation>Estado de las líneas de servicio</translation>
    </message>
    <message>
        <source>Claim %1: choose the service lines to ask the payer about.</source>
        <translation>Reclamación %1: elija las líneas de servicio por las que preguntar al pagador.</translation>
    </message>
    <message>
        <source>Line %1: %2, %3, %4</source>
        <translation>Línea %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>&amp;Ask the payer</source>
        <translation>&amp;Preguntar al pagador</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClaimsDock</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <source>Read&amp;y</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <source>&amp;Submitted</source>
        <translation>&amp;Enviadas</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>&amp;Aceptadas</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>&amp;Rechazadas</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>Servicio desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Not scrubbed yet.</source>
        <translation>Aún sin revisar.</translation>
    </message>
    <message>
        <source>Scrubbed %1: no findings.</source>
        <translation>Revisada el %1: sin hallazgos.</translation>
    </message>
    <message>
        <source>Scrubber findings (%1)</source>
        <translation>Hallazgos del revisor (%1)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning, acknowledged</source>
        <translation>Advertencia, confirmada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Mark &amp;ready</source>
        <translation>&amp;Marcar como lista</translation>
    </message>
    <message>
        <source>Move the selected drafts to ready, to go in the next batch (Ctrl+Shift+R)</source>
        <translation>Marcar los borradores seleccionados como listos para el próximo lote (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Back to dra&amp;ft</source>
        <translation>&amp;Volver a borrador</translation>
    </message>
    <message>
        <source>Move the selected ready claims back to draft for changes</source>
        <translation>Devolver las reclamaciones listas seleccionadas a borrador para hacer cambios</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>Eliminar borra&amp;dor</translation>
    </message>
    <message>
        <source>Delete the selected drafts; their charges return to the unbilled list</source>
        <translation>Eliminar los borradores seleccionados; sus cargos vuelven a la lista de cargos sin facturar</translation>
    </message>
    <message>
        <source>Re&amp;place (7)…</source>
        <translation>Reem&amp;plazar (7)…</translation>
    </message>
    <message>
        <source>A replacement claim for one the payer has, with the payer&apos;s claim control number</source>
        <translation>Una reclamación de reemplazo para una que ya tiene el pagador, con el número de control de reclamación del pagador</translation>
    </message>
    <message>
        <source>&amp;Void (8)…</source>
        <translation>A&amp;nular (8)…</translation>
    </message>
    <message>
        <source>A void claim cancelling one the payer has, with the payer&apos;s claim control number</source>
        <translation>Una reclamación de anulación que cancela una que ya tiene el pagador, con el número de control de reclamación del pagador</translation>
    </message>
    <message>
        <source>E&amp;xport 837…</source>
        <translation>E&amp;xportar 837…</translation>
    </message>
    <message>
        <source>Write the selected ready claims (or every ready claim) as an 837P file</source>
        <translation>Escribir las reclamaciones listas seleccionadas (o todas las listas) en un archivo 837P</translation>
    </message>
    <message>
        <source>Enter c&amp;harges…</source>
        <translation>Ingresar &amp;cargos…</translation>
    </message>
    <message>
        <source>Charges for an appointment of a day (Ctrl+Shift+E)</source>
        <translation>Cargos de una cita de un día (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Scr&amp;ub</source>
        <translation>Rev&amp;isar</translation>
    </message>
    <message>
        <source>Check the selected claims (or every draft and ready claim shown) against the scrubber&apos;s rules</source>
        <translation>Comprobar las reclamaciones seleccionadas (o todos los borradores y reclamaciones listas mostrados) con las reglas del revisor</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge warnings</source>
        <translation>C&amp;onfirmar advertencias</translation>
    </message>
    <message>
        <source>Accept the selected claim&apos;s warnings so it can go to ready</source>
        <translation>Aceptar las advertencias de la reclamación seleccionada para que pueda pasar a lista</translation>
    </message>
    <message>
        <source>Scrubbed %1 claim(s): %2 error(s), %3 warning(s) to acknowledge.</source>
        <translation>Reclamaciones revisadas: %1; %2 error(es), %3 advertencia(s) por confirmar.</translation>
    </message>
    <message>
        <source>%1 warning(s) acknowledged.</source>
        <translation>%1 advertencia(s) confirmada(s).</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>Reclamación %1: %2</translation>
    </message>
    <message>
        <source>%1 claim(s) marked ready.</source>
        <translation>%1 reclamación(es) marcada(s) como lista(s).</translation>
    </message>
    <message>
        <source>%1 claim(s) moved back to draft.</source>
        <translation>%1 reclamación(es) devuelta(s) a borrador.</translation>
    </message>
    <message>
        <source>%1 draft(s) deleted; their charges are unbilled again.</source>
        <translation>%1 borrador(es) eliminado(s); sus cargos vuelven a estar sin facturar.</translation>
    </message>
    <message>
        <source>Made %1, a %2 of %3.</source>
        <translation>Se creó %1: %2 de %3.</translation>
    </message>
    <message>
        <source>Replacement Claim</source>
        <translation>Reclamación de reemplazo</translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number of the claim to replace:</source>
        <translation>Número de control de reclamación del pagador de la reclamación que se reemplazará:</translation>
    </message>
    <message>
        <source>Void Claim</source>
        <translation>Anular reclamación</translation>
    </message>
    <message>
        <source>The payer&apos;s claim control number of the claim to void:</source>
        <translation>Número de control de reclamación del pagador de la reclamación que se anulará:</translation>
    </message>
    <message>
        <source>Writing the 837P batch…</source>
        <translation>Escribiendo el lote 837P…</translation>
    </message>
    <message>
        <source>Export 837</source>
        <translation>Exportar 837</translation>
    </message>
    <message>
        <source>Wrote %1 claim(s) to %2 (interchange %3).</source>
        <translation>%1 reclamación(es) exportada(s) a %2 (intercambio %3).</translation>
    </message>
    <message>
        <source>Export 837P</source>
        <translation>Exportar 837P</translation>
    </message>
    <message>
        <source>X12 837P files (*.837 *.x12 *.txt);;All files (*)</source>
        <translation>Archivos X12 837P (*.837 *.x12 *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Tran&amp;smitir</translation>
    </message>
    <message>
        <source>Send the selected ready claims (or every ready claim) to the clearinghouse as one 837P batch, by SFTP or to its outbox folder</source>
        <translation>Enviar las reclamaciones listas seleccionadas (o todas las listas) a la cámara de compensación en un lote 837P, por SFTP o a su carpeta de salida</translation>
    </message>
    <message>
        <source>Sending the 837P batch to the clearinghouse…</source>
        <translation>Enviando el lote 837P a la cámara de compensación…</translation>
    </message>
    <message>
        <source>Send to Clearinghouse</source>
        <translation>Enviar a la cámara de compensación</translation>
    </message>
    <message>
        <source>Batch %1 could not be delivered: %2 Its claims stay ready.</source>
        <translation>No se pudo entregar el lote %1: %2 Sus reclamaciones siguen listas.</translation>
    </message>
    <message>
        <source>Sent %1 claim(s) in batch %2 to %3.</source>
        <translation>Se enviaron %1 reclamación(es) en el lote %2 a %3.</translation>
    </message>
    <message>
        <source>Check s&amp;tatus</source>
        <translation>Consultar es&amp;tado</translation>
    </message>
    <message>
        <source>Ask the payer now where the selected submitted or accepted claims stand (a real-time 276/277 through the clearinghouse)</source>
        <translation>Preguntar ahora al pagador en qué punto están las reclamaciones enviadas o aceptadas seleccionadas (276/277 en tiempo real a través de la cámara de compensación)</translation>
    </message>
    <message>
        <source>Select the submitted or accepted claims to ask the payer about.</source>
        <translation>Seleccione las reclamaciones enviadas o aceptadas por las que preguntar al pagador.</translation>
    </message>
    <message numerus="yes">
        <source>Asking the payer about %n claim(s)…</source>
        <translation>
            <numerusform>Preguntando al pagador por %n reclamación…</numerusform>
            <numerusform>Preguntando al pagador por %n reclamaciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim Status</source>
        <translation>Estado de la reclamación</translation>
    </message>
    <message>
        <source>The status check did not go through: %1</source>
        <translation>La consulta de estado no se completó: %1</translation>
    </message>
    <message>
        <source>The payer answered through %1 (interchange %2):</source>
        <translation>El pagador respondió a través de %1 (intercambio %2):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; payer claim number %1</source>
        <translation>; número de reclamación del pagador %1</translation>
    </message>
    <message>
        <source>; now %1</source>
        <translation>; ahora %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n service line status(es), shown with the claim</source>
        <translation>
            <numerusform>; %n estado de línea de servicio, mostrado con la reclamación</numerusform>
            <numerusform>; %n estados de líneas de servicio, mostrados con la reclamación</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the answer says nothing of this claim.</source>
        <translation>%1: la respuesta no dice nada de esta reclamación.</translation>
    </message>
    <message>
        <source>Status of li&amp;nes…</source>
        <translation>Cons&amp;ultar líneas…</translation>
    </message>
    <message>
        <source>Ask the payer now about chosen service lines of the selected claim</source>
        <translation>Preguntar ahora al pagador por las líneas de servicio elegidas de la reclamación seleccionada</translation>
    </message>
    <message>
        <source>Select one submitted or accepted claim to ask the payer about its service lines.</source>
        <translation>Seleccione una reclamación enviada o aceptada para preguntar al pagador por sus líneas de servicio.</translation>
    </message>
    <message>
        <source>Choose the service lines to ask the payer about.</source>
        <translation>Elija las líneas de servicio por las que preguntar al pagador.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClaimsModel</name>
    <message>
        <source>not scrubbed</source>
        <translation>sin revisar</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to acknowledge</source>
        <translation>
            <numerusform>%n advertencia por confirmar</numerusform>
            <numerusform>%n advertencias por confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>clean</source>
        <translation>limpia</translation>
    </message>
    <message>
        <source>%1 of payer claim %2</source>
        <translation>%1 de la reclamación del pagador %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Fecha de servicio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Scrubber</source>
        <translation>Revisor</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::ClearinghouseSettingsPage</name>
    <message>
        <source>Claim batches go to the clearinghouse by SFTP, or are saved in an outbox folder that the clearinghouse&apos;s own software picks up. Passwords and keys are kept encrypted in the practice database and never shown again.</source>
        <translation>Los lotes de reclamaciones se envían a la cámara de compensación por SFTP o se guardan en una carpeta de salida que recoge el propio software de la cámara de compensación. Las contraseñas y claves se guardan cifradas en la base de datos de la práctica y no se vuelven a mostrar.</translation>
    </message>
    <message>
        <source>SFTP upload</source>
        <translation>Carga por SFTP</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Send batches by:</source>
        <translation>Enviar lotes por:</translation>
    </message>
    <message>
        <source>Clearinghouse</source>
        <translation>Cámara de compensación</translation>
    </message>
    <message>
        <source>SFTP server</source>
        <translation>Servidor SFTP</translation>
    </message>
    <message>
        <source>sftp.clearinghouse.example.com</source>
        <translation>sftp.clearinghouse.example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>The server&apos;s SSH host key as the clearinghouse gives it (or as ssh-keygen -lf prints it). Connections to a server showing any other key are refused.</source>
        <translation>La clave de host SSH del servidor tal como la proporciona la cámara de compensación (o como la muestra ssh-keygen -lf). Se rechazan las conexiones a un servidor que presente cualquier otra clave.</translation>
    </message>
    <message>
        <source>(acknowledgments not fetched)</source>
        <translation>(no se obtienen acuses de recibo)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Private key file:</source>
        <translation>Archivo de clave privada:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>Host key fingerprint:</source>
        <translation>Huella de la clave de host:</translation>
    </message>
    <message>
        <source>Upload folder:</source>
        <translation>Carpeta de carga:</translation>
    </message>
    <message>
        <source>Acknowledgment folder:</source>
        <translation>Carpeta de acuses de recibo:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Saves unsaved changes, then connects as claim submission does: checks the host key, logs in and lists the upload folder (or checks that the outbox folder can be written). Nothing is sent.</source>
        <translation>Guarda los cambios pendientes y luego se conecta como lo hace el envío de reclamaciones: verifica la clave de host, inicia sesión y lista la carpeta de carga (o comprueba que se puede escribir en la carpeta de salida). No se envía nada.</translation>
    </message>
    <message>
        <source>OpenSSH or PEM private key</source>
        <translation>Clave privada OpenSSH o PEM</translation>
    </message>
    <message>
        <source>No clearinghouse is set up yet.</source>
        <translation>Aún no hay ninguna cámara de compensación configurada.</translation>
    </message>
    <message>
        <source>The SFTP port</source>
        <translation>El puerto SFTP</translation>
    </message>
    <message>
        <source>The host key fingerprint is missing: SFTP needs the server&apos;s key pinned (SHA256: and 43 characters, as the clearinghouse gives it or ssh-keygen -lf prints it).</source>
        <translation>Falta la huella de la clave de host: SFTP requiere fijar la clave del servidor (SHA256: y 43 caracteres, tal como la proporciona la cámara de compensación o la muestra ssh-keygen -lf).</translation>
    </message>
    <message>
        <source>The host key fingerprint &quot;%1&quot; is not a SHA256 fingerprint (SHA256: and 43 base64 characters).</source>
        <translation>La huella de la clave de host &quot;%1&quot; no es una huella SHA256 (SHA256: y 43 caracteres base64).</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de clave privada %1: %2</translation>
    </message>
    <message>
        <source>The private key file %1 is empty.</source>
        <translation>El archivo de clave privada %1 está vacío.</translation>
    </message>
    <message>
        <source>Logging in with a private key needs the key file: none is stored yet.</source>
        <translation>Para iniciar sesión con una clave privada se necesita el archivo de clave: aún no hay ninguno guardado.</translation>
    </message>
    <message>
        <source>Logging in with a password needs the password: none is stored yet.</source>
        <translation>Para iniciar sesión con contraseña se necesita la contraseña: aún no hay ninguna guardada.</translation>
    </message>
    <message>
        <source>Clearinghouse settings</source>
        <translation>Configuración de la cámara de compensación</translation>
    </message>
    <message>
        <source>The clearinghouse settings were saved.</source>
        <translation>Se guardó la configuración de la cámara de compensación.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Falló la prueba de conexión: %1</translation>
    </message>
    <message numerus="yes">
        <source>The outbox folder %1 can be written; it holds %n file(s).</source>
        <translation>
            <numerusform>Se puede escribir en la carpeta de salida %1; contiene %n archivo.</numerusform>
            <numerusform>Se puede escribir en la carpeta de salida %1; contiene %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. The server showed the pinned host key %2; the upload folder holds %n file(s).</source>
        <translation>
            <numerusform>Conectado a %1. El servidor presentó la clave de host fijada %2; la carpeta de carga contiene %n archivo.</numerusform>
            <numerusform>Conectado a %1. El servidor presentó la clave de host fijada %2; la carpeta de carga contiene %n archivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::DockParts</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Your role does not include seeing billing (permission &quot;%1&quot;). Ask the practice administrator if you need it.</source>
        <translation>Su rol no incluye ver la facturación (permiso &quot;%1&quot;). Si lo necesita, pídalo al administrador del consultorio.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::EligibilityPanel</name>
    <message>
        <source>E&amp;ligibility</source>
        <translation>E&amp;legibilidad</translation>
    </message>
    <message>
        <source>The patient has no insurance coverage on file: add one on the Insurance tab.</source>
        <translation>El paciente no tiene ninguna cobertura de seguro registrada: agregue una en la pestaña Seguro.</translation>
    </message>
    <message>
        <source>Check Now needs the clearinghouse&apos;s real-time endpoint (Settings ▸ Real-time eligibility): %1</source>
        <translation>Verificar ahora necesita el endpoint en tiempo real de la cámara de compensación (Configuración ▸ Elegibilidad en tiempo real): %1</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primario</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation>Terciario</translation>
    </message>
    <message>
        <source>%1: %2, member id %3</source>
        <translation>%1: %2, número de afiliado %3</translation>
    </message>
    <message>
        <source> (ended %1)</source>
        <translation> (finalizó el %1)</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Verificar ahora</translation>
    </message>
    <message>
        <source>Ask the payer now (a real-time 270/271 through the clearinghouse).</source>
        <translation>Consultar al pagador ahora (un 270/271 en tiempo real a través de la cámara de compensación).</translation>
    </message>
    <message>
        <source>No eligibility check is on file for this coverage.</source>
        <translation>No hay ninguna verificación de elegibilidad registrada para esta cobertura.</translation>
    </message>
    <message>
        <source>Plan: %1.</source>
        <translation>Plan: %1.</translation>
    </message>
    <message>
        <source>Covered since %1.</source>
        <translation>Cubierto desde el %1.</translation>
    </message>
    <message>
        <source>real-time inquiry</source>
        <translation>consulta en tiempo real</translation>
    </message>
    <message>
        <source>271 file</source>
        <translation>archivo 271</translation>
    </message>
    <message>
        <source>Asked on %1 by 270 file; the payer&apos;s answer has not been imported yet.</source>
        <translation>Consultado el %1 por archivo 270; la respuesta del pagador aún no se ha importado.</translation>
    </message>
    <message>
        <source>Checked %1 (%2).</source>
        <translation>Verificado el %1 (%2).</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Payer&apos;s note</source>
        <translation>Nota del pagador</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Asking the payer…</source>
        <translation>Consultando al pagador…</translation>
    </message>
    <message>
        <source>The check did not go through: %1</source>
        <translation>La verificación no se completó: %1</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::EligibilityWords</name>
    <message>
        <source>Active coverage</source>
        <translation>Cobertura activa</translation>
    </message>
    <message>
        <source>Inactive: the payer says this coverage is not in effect</source>
        <translation>Inactiva: el pagador indica que esta cobertura no está vigente</translation>
    </message>
    <message>
        <source>The payer could not answer</source>
        <translation>El pagador no pudo responder</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no verificada</translation>
    </message>
    <message>
        <source>Copay</source>
        <translation>Copago</translation>
    </message>
    <message>
        <source>Coinsurance</source>
        <translation>Coseguro</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deducible</translation>
    </message>
    <message>
        <source>Out-of-pocket maximum</source>
        <translation>Máximo de gastos de bolsillo</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Health benefit plan coverage</source>
        <translation>Cobertura del plan de beneficios de salud</translation>
    </message>
    <message>
        <source>Chiropractic</source>
        <translation>Quiropráctica</translation>
    </message>
    <message>
        <source>Dental care</source>
        <translation>Atención dental</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Hospital inpatient</source>
        <translation>Hospitalización</translation>
    </message>
    <message>
        <source>Hospital outpatient</source>
        <translation>Hospital ambulatorio</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Servicios de emergencia</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Consulta en consultorio</translation>
    </message>
    <message>
        <source>Psychiatric</source>
        <translation>Psiquiatría</translation>
    </message>
    <message>
        <source>Vision (optometry)</source>
        <translation>Visión (optometría)</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Urgent care</source>
        <translation>Atención de urgencia</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>Service type %1</source>
        <translation>Tipo de servicio %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>service year</source>
        <translation>año de servicio</translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation>año calendario</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>en lo que va del año</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrato</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>episodio</translation>
    </message>
    <message>
        <source>per visit</source>
        <translation>por visita</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>restante</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>de por vida</translation>
    </message>
    <message>
        <source>lifetime remaining</source>
        <translation>restante de por vida</translation>
    </message>
    <message>
        <source>per admission</source>
        <translation>por ingreso</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>período %1</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familiar</translation>
    </message>
    <message>
        <source>employee only</source>
        <translation>solo el empleado</translation>
    </message>
    <message>
        <source>employee and spouse</source>
        <translation>empleado y cónyuge</translation>
    </message>
    <message>
        <source>children only</source>
        <translation>solo los hijos</translation>
    </message>
    <message>
        <source>spouse only</source>
        <translation>solo el cónyuge</translation>
    </message>
    <message>
        <source>employee and children</source>
        <translation>empleado e hijos</translation>
    </message>
    <message>
        <source>in network</source>
        <translation>dentro de la red</translation>
    </message>
    <message>
        <source>out of network</source>
        <translation>fuera de la red</translation>
    </message>
    <message>
        <source>in and out of network</source>
        <translation>dentro y fuera de la red</translation>
    </message>
    <message>
        <source>network not given</source>
        <translation>red no indicada</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1: %2 remaining of %3.</source>
        <translation>%1: quedan %2 de %3.</translation>
    </message>
    <message>
        <source>%1: %2 remaining of %3 for the %4.</source>
        <translation>%1: quedan %2 de %3 para %4.</translation>
    </message>
    <message>
        <source>%1: %2 remaining.</source>
        <translation>%1: quedan %2.</translation>
    </message>
    <message>
        <source>%1: %2 (the payer did not say how much remains).</source>
        <translation>%1: %2 (el pagador no indicó cuánto queda).</translation>
    </message>
    <message>
        <source>%1: %2 for the %3 (the payer did not say how much remains).</source>
        <translation>%1: %2 para %3 (el pagador no indicó cuánto queda).</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::EndpointSettingsPage</name>
    <message>
        <source>Real-time eligibility checks (Check Now on a patient&apos;s Eligibility tab, and the Insurance verification dock) send a 270 to the clearinghouse&apos;s CAQH CORE endpoint over HTTPS and read the payer&apos;s 271.</source>
        <translation>Las verificaciones de elegibilidad en tiempo real (Verificar ahora en la pestaña Elegibilidad de un paciente y el panel de Verificación de seguros) envían un 270 al punto de acceso CAQH CORE de la cámara de compensación por HTTPS y leen el 271 del pagador.</translation>
    </message>
    <message>
        <source>SOAP (WS-Security)</source>
        <translation>SOAP (WS-Security)</translation>
    </message>
    <message>
        <source>MIME multipart</source>
        <translation>MIME multipart</translation>
    </message>
    <message>
        <source>the system&apos;s certificates only</source>
        <translation>solo los certificados del sistema</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Production (ISA15 P); unchecked sends test interchanges (T)</source>
        <translation>Producción (ISA15 P); sin marcar envía intercambios de prueba (T)</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL del punto de acceso:</translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>Sender id:</source>
        <translation>Id. del remitente:</translation>
    </message>
    <message>
        <source>Receiver id:</source>
        <translation>Id. del receptor:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation>Archivo de CA adicional:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Tiempo de espera:</translation>
    </message>
    <message>
        <source>Real-time eligibility</source>
        <translation>Elegibilidad en tiempo real</translation>
    </message>
    <message>
        <source>No real-time endpoint is set up yet.</source>
        <translation>Todavía no hay un punto de acceso en tiempo real configurado.</translation>
    </message>
    <message>
        <source>The endpoint URL is missing.</source>
        <translation>Falta la URL del punto de acceso.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not a web address.</source>
        <translation>La URL del punto de acceso &quot;%1&quot; no es una dirección web.</translation>
    </message>
    <message>
        <source>The endpoint URL must start with https:// (it starts with %1://): eligibility requests carry patients&apos; names and member ids.</source>
        <translation>La URL del punto de acceso debe empezar por https:// (empieza por %1://): las solicitudes de elegibilidad llevan nombres y números de afiliado de pacientes.</translation>
    </message>
    <message>
        <source>The sender id is missing (CORE SenderID, also ISA06 of the 270).</source>
        <translation>Falta el id. del remitente (SenderID de CORE, también ISA06 del 270).</translation>
    </message>
    <message>
        <source>The receiver id is missing (CORE ReceiverID, also ISA08 of the 270).</source>
        <translation>Falta el id. del receptor (ReceiverID de CORE, también ISA08 del 270).</translation>
    </message>
    <message>
        <source>The extra CA file %1 does not exist.</source>
        <translation>El archivo de CA adicional %1 no existe.</translation>
    </message>
    <message>
        <source>Real-time eligibility settings</source>
        <translation>Configuración de elegibilidad en tiempo real</translation>
    </message>
    <message>
        <source>The real-time eligibility settings were saved.</source>
        <translation>Se guardó la configuración de elegibilidad en tiempo real.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::RejectionsDock</name>
    <message>
        <source>&amp;Open only</source>
        <translation>Solo &amp;abiertos</translation>
    </message>
    <message>
        <source>Co&amp;rrect and resubmit…</source>
        <translation>Co&amp;rregir y reenviar…</translation>
    </message>
    <message>
        <source>The rejected claim&apos;s charges become a new draft claim to correct and send</source>
        <translation>Los cargos de la reclamación rechazada pasan a una nueva reclamación en borrador para corregirla y enviarla</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;solver…</translation>
    </message>
    <message>
        <source>Close the rejection without a new claim, with a note</source>
        <translation>Cerrar el rechazo sin una nueva reclamación, con una nota</translation>
    </message>
    <message>
        <source>Claim %1: a new draft claim was made from its charges.</source>
        <translation>Reclamación %1: se creó una nueva reclamación en borrador a partir de sus cargos.</translation>
    </message>
    <message>
        <source>Claim %1: the rejection is resolved.</source>
        <translation>Reclamación %1: se resolvió el rechazo.</translation>
    </message>
    <message>
        <source>Correct and Resubmit</source>
        <translation>Corregir y reenviar</translation>
    </message>
    <message>
        <source>Resolve Rejection</source>
        <translation>Resolver rechazo</translation>
    </message>
    <message>
        <source>Note (what will be corrected):</source>
        <translation>Nota (qué se corregirá):</translation>
    </message>
    <message>
        <source>Note (why no new claim is needed):</source>
        <translation>Nota (por qué no se necesita una nueva reclamación):</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::RejectionsModel</name>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
Nota: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Reenviado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::SettingsFields</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>(stored; leave empty to keep)</source>
        <translation>(guardada; déjela vacía para conservarla)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number from 1 to 65535.</source>
        <translation>%1 &quot;%2&quot; no es un número de 1 a 65535.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::UnbilledDock</name>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>Servicio desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Build claims…</source>
        <translation>&amp;Crear reclamaciones…</translation>
    </message>
    <message>
        <source>Draft claims from the billable charges of the date range</source>
        <translation>Crea reclamaciones en borrador a partir de los cargos facturables del rango de fechas</translation>
    </message>
    <message>
        <source>Create claim from &amp;selected</source>
        <translation>Crear reclamación de lo &amp;seleccionado</translation>
    </message>
    <message>
        <source>One claim from the selected lines of one visit and payer</source>
        <translation>Una reclamación con las líneas seleccionadas de una visita y un pagador</translation>
    </message>
    <message>
        <source>Enter c&amp;harges…</source>
        <translation>Ingresar ca&amp;rgos…</translation>
    </message>
    <message>
        <source>Charges for an appointment of a day (Ctrl+Shift+E)</source>
        <translation>Cargos de una cita de un día (Ctrl+Shift+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s), %1</source>
        <translation>
            <numerusform>%n cargo, %1</numerusform>
            <numerusform>%n cargos, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n held</source>
        <translation>
            <numerusform>; %n retenido</numerusform>
            <numerusform>; %n retenidos</numerusform>
        </translation>
    </message>
    <message>
        <source> (more as you scroll)</source>
        <translation> (más al desplazarse)</translation>
    </message>
    <message>
        <source>The date range runs backwards: %1 is after %2.</source>
        <translation>El rango de fechas está invertido: %1 es posterior a %2.</translation>
    </message>
    <message>
        <source>Building claims…</source>
        <translation>Creando reclamaciones…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Build Claims</source>
        <translation>Crear reclamaciones</translation>
    </message>
    <message>
        <source>Building claims for %1…</source>
        <translation>Creando reclamaciones para %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made</source>
        <translation>
            <numerusform>%n reclamación creada</numerusform>
            <numerusform>%n reclamaciones creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n charge(s) held.</source>
        <translation>
            <numerusform>; %n cargo retenido.</numerusform>
            <numerusform>; %n cargos retenidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made claim %1 with %n line(s).</source>
        <translation>
            <numerusform>Se creó la reclamación %1 con %n línea.</numerusform>
            <numerusform>Se creó la reclamación %1 con %n líneas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::UnbilledModel</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>Retenido porque</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::VerificationDock</name>
    <message>
        <source>&amp;Check the day</source>
        <translation>&amp;Consultar el día</translation>
    </message>
    <message>
        <source>Ask the payers about every appointment of the day (270/271)</source>
        <translation>Consultar a los pagadores sobre cada cita del día (270/271)</translation>
    </message>
    <message>
        <source>&amp;Verified by phone…</source>
        <translation>&amp;Verificado por teléfono…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Verified by Phone</source>
        <translation>Verificado por teléfono</translation>
    </message>
    <message>
        <source>Whom you spoke to and what they said:</source>
        <translation>Con quién habló y qué le dijeron:</translation>
    </message>
    <message>
        <source>Checking eligibility for %1…</source>
        <translation>Consultando la elegibilidad para %1…</translation>
    </message>
    <message>
        <source>%1 appointment(s): %2 checked, %3 recent, %4 errors, %5 not checked.</source>
        <translation>%1 cita(s): %2 consultadas, %3 recientes, %4 errores, %5 sin consultar.</translation>
    </message>
</context>
<context>
    <name>fd::billing::ui::VerificationModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin consultar</translation>
    </message>
    <message>
        <source>by phone, %1</source>
        <translation>por teléfono, %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>Copay</source>
        <translation>Copago</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
</context>
<context>
    <name>fd::calendar</name>
    <message>
        <source>The time is outside the provider&apos;s working hours at this location.</source>
        <translation>La hora está fuera del horario de trabajo del profesional en esta ubicación.</translation>
    </message>
    <message>
        <source>The time falls in a lunch or admin block of the provider&apos;s schedule.</source>
        <translation>La hora cae en un bloque de almuerzo o administrativo de la agenda del profesional.</translation>
    </message>
    <message>
        <source>The practice is closed that day (holiday).</source>
        <translation>El consultorio está cerrado ese día (día festivo).</translation>
    </message>
    <message>
        <source>The provider&apos;s schedule is closed at that time that day.</source>
        <translation>La agenda del profesional está cerrada a esa hora ese día.</translation>
    </message>
    <message>
        <source>The provider has another appointment at that time.</source>
        <translation>El profesional tiene otra cita a esa hora.</translation>
    </message>
    <message>
        <source>A room or piece of equipment the visit needs is booked at that time.</source>
        <translation>Una sala o un equipo que necesita la visita está reservado a esa hora.</translation>
    </message>
    <message>
        <source>The location has no room or equipment of the kind the visit needs.</source>
        <translation>La ubicación no tiene ninguna sala ni equipo del tipo que necesita la visita.</translation>
    </message>
    <message>
        <source>The provider already has the most appointments of this type allowed that day.</source>
        <translation>El profesional ya tiene el máximo de citas de este tipo permitidas ese día.</translation>
    </message>
    <message>
        <source>The appointment starts too soon: this type must be booked further ahead.</source>
        <translation>La cita empieza demasiado pronto: este tipo debe reservarse con más anticipación.</translation>
    </message>
    <message>
        <source>This appointment type is for new patients, and the patient has been seen before.</source>
        <translation>Este tipo de cita es para pacientes nuevos, y el paciente ya ha sido atendido antes.</translation>
    </message>
    <message>
        <source>This appointment type is for established patients, and the patient has not been seen yet.</source>
        <translation>Este tipo de cita es para pacientes establecidos, y el paciente aún no ha sido atendido.</translation>
    </message>
    <message>
        <source>The provider does not see patients for this appointment type.</source>
        <translation>El profesional no atiende pacientes para este tipo de cita.</translation>
    </message>
    <message>
        <source>See schedules and appointments</source>
        <translation>Ver agendas y citas</translation>
    </message>
    <message>
        <source>Book, move and reschedule appointments</source>
        <translation>Programar, mover y reprogramar citas</translation>
    </message>
    <message>
        <source>Overbook over schedule conflicts, with a reason</source>
        <translation>Hacer sobrecupo sobre conflictos de agenda, con un motivo</translation>
    </message>
    <message>
        <source>Cancel appointments and record no-shows</source>
        <translation>Cancelar citas y registrar inasistencias</translation>
    </message>
    <message>
        <source>Move patients through the day (confirmed, arrived, roomed, with provider, checked out)</source>
        <translation>Avanzar a los pacientes durante el día (confirmado, llegó, en consultorio, con el profesional, salida registrada)</translation>
    </message>
    <message>
        <source>Keep the waitlist</source>
        <translation>Llevar la lista de espera</translation>
    </message>
    <message>
        <source>Set up schedule templates, holidays, changes and appointment types</source>
        <translation>Configurar plantillas de agenda, días festivos, cambios y tipos de cita</translation>
    </message>
    <message>
        <source>A recurring appointment needs its first date.</source>
        <translation>Una cita recurrente necesita su primera fecha.</translation>
    </message>
    <message>
        <source>The repeat interval must be from 1 to 52 (got %1).</source>
        <translation>El intervalo de repetición debe ser de 1 a 52 (se recibió %1).</translation>
    </message>
    <message>
        <source>Weekdays are 1 (Monday) to 7 (Sunday); got %1.</source>
        <translation>Los días de la semana son del 1 (lunes) al 7 (domingo); se recibió %1.</translation>
    </message>
    <message>
        <source>The week of the month must be 1 to 5, or -1 for the last (got %1).</source>
        <translation>La semana del mes debe ser de 1 a 5, o -1 para la última (se recibió %1).</translation>
    </message>
    <message>
        <source>The series ends (%1) before its first date (%2).</source>
        <translation>La serie termina (%1) antes de su primera fecha (%2).</translation>
    </message>
    <message>
        <source>A series has from 1 to %1 occurrences (got %2).</source>
        <translation>Una serie tiene de 1 a %1 repeticiones (se recibió %2).</translation>
    </message>
    <message>
        <source>A series needs an end: a last date or a number of occurrences.</source>
        <translation>Una serie necesita un final: una última fecha o un número de repeticiones.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Appointment %1: its location %2 has no valid time zone.</source>
        <translation>Cita %1: su ubicación %2 no tiene una zona horaria válida.</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>No se pudo escribir el archivo del calendario.</translation>
    </message>
    <message>
        <source>Check patients in: confirm demographics and insurance, take the copay</source>
        <translation>Hacer el registro de llegada de pacientes: confirmar datos demográficos y seguro, cobrar el copago</translation>
    </message>
    <message>
        <source>Check patients out and book their follow-up</source>
        <translation>Dar salida a los pacientes y programar su seguimiento</translation>
    </message>
    <message>
        <source>See sent reminders, replies and reschedule requests</source>
        <translation>Ver recordatorios enviados, respuestas y solicitudes de reprogramación</translation>
    </message>
    <message>
        <source>Run and retry reminders, send test messages, import replies</source>
        <translation>Ejecutar y reintentar recordatorios, enviar mensajes de prueba, importar respuestas</translation>
    </message>
    <message>
        <source>Change the email, text message and reminder settings</source>
        <translation>Cambiar la configuración de correo electrónico, mensajes de texto y recordatorios</translation>
    </message>
    <message>
        <source>Annual physical</source>
        <translation>Examen físico anual</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>See the recall list</source>
        <translation>Ver la lista de llamadas de control</translation>
    </message>
    <message>
        <source>Work the recall list: add and dismiss recalls, log contacts</source>
        <translation>Gestionar la lista de llamadas de control: agregar y descartar llamadas de control, registrar contactos</translation>
    </message>
    <message>
        <source>Set up recall reasons and the appointment types that set them</source>
        <translation>Configurar los motivos de llamada de control y los tipos de cita que las generan</translation>
    </message>
    <message>
        <source>Send recall campaigns by email and text</source>
        <translation>Enviar campañas de llamadas de control por correo electrónico y mensaje de texto</translation>
    </message>
</context>
<context>
    <name>fd::calendar::AppointmentService</name>
    <message>
        <source>Choose the patient.</source>
        <translation>Elija el paciente.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Elija el profesional.</translation>
    </message>
    <message>
        <source>Choose the start time.</source>
        <translation>Elija la hora de inicio.</translation>
    </message>
    <message>
        <source>The length must be 5 to 720 minutes (got %1).</source>
        <translation>La duración debe ser de 5 a 720 minutos (se recibió %1).</translation>
    </message>
    <message>
        <source>No appointment %1.</source>
        <translation>No existe la cita %1.</translation>
    </message>
    <message>
        <source>The appointment was changed by someone else: reload it.</source>
        <translation>Otra persona modificó la cita: vuelva a cargarla.</translation>
    </message>
    <message>
        <source>Only scheduled or confirmed appointments can be moved or resized.</source>
        <translation>Solo las citas programadas o confirmadas se pueden mover o cambiar de duración.</translation>
    </message>
    <message>
        <source>No appointment type %1.</source>
        <translation>No existe el tipo de cita %1.</translation>
    </message>
    <message>
        <source>Choose the new start time.</source>
        <translation>Elija la nueva hora de inicio.</translation>
    </message>
    <message>
        <source>The appointment is already %1.</source>
        <translation>La cita ya está en estado %1.</translation>
    </message>
    <message>
        <source>The patient has already checked out.</source>
        <translation>Ya se registró la salida del paciente.</translation>
    </message>
    <message>
        <source>The status goes forward only: %1 cannot become %2.</source>
        <translation>El estado solo avanza: %1 no puede pasar a %2.</translation>
    </message>
    <message>
        <source>The patient has arrived.</source>
        <translation>El paciente ya llegó.</translation>
    </message>
    <message>
        <source>An appointment that has not started cannot be a no-show.</source>
        <translation>Una cita que no ha comenzado no puede ser una inasistencia.</translation>
    </message>
    <message>
        <source>A cancellation needs its reason.</source>
        <translation>Una cancelación necesita su motivo.</translation>
    </message>
    <message>
        <source>Use cancel or no-show for %1.</source>
        <translation>Use cancelar o inasistencia para %1.</translation>
    </message>
    <message>
        <source>Only scheduled or confirmed appointments can be rescheduled.</source>
        <translation>Solo las citas programadas o confirmadas se pueden reprogramar.</translation>
    </message>
    <message>
        <source>A reschedule keeps the patient of the appointment.</source>
        <translation>Una reprogramación conserva el paciente de la cita.</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <source>Give the search a date range (from before to).</source>
        <translation>Indique un rango de fechas para la búsqueda (desde antes de hasta).</translation>
    </message>
    <message>
        <source>Search at most a year at a time.</source>
        <translation>Busque como máximo un año a la vez.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::BookingEngine</name>
    <message>
        <source>No appointment type %1.</source>
        <translation>No existe el tipo de cita %1.</translation>
    </message>
    <message>
        <source>The appointment type %1 is no longer in use.</source>
        <translation>El tipo de cita %1 ya no está en uso.</translation>
    </message>
    <message>
        <source>The provider has no schedule template: choose the location.</source>
        <translation>El profesional no tiene plantilla de agenda: elija la ubicación.</translation>
    </message>
    <message>
        <source>The provider works at several locations: choose one.</source>
        <translation>El profesional trabaja en varias ubicaciones: elija una.</translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation>No existe la ubicación %1.</translation>
    </message>
    <message>
        <source>The location&apos;s time zone %1 is not known.</source>
        <translation>No se reconoce la zona horaria %1 de la ubicación.</translation>
    </message>
    <message>
        <source>The appointment needs a start before its end.</source>
        <translation>La cita necesita un inicio anterior a su fin.</translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation>No existe el profesional %1.</translation>
    </message>
    <message>
        <source>An overbook needs its reason.</source>
        <translation>Un sobrecupo necesita su motivo.</translation>
    </message>
    <message>
        <source>This cannot be overbooked:
%1</source>
        <translation>No se puede hacer sobrecupo:
%1</translation>
    </message>
    <message>
        <source>The appointment could not be read back.</source>
        <translation>No se pudo volver a leer la cita.</translation>
    </message>
    <message>
        <source>An appointment can last at most %1 hours.</source>
        <translation>Una cita puede durar como máximo %1 horas.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::CalendarFhirExporter</name>
    <message>
        <source>The date range is not valid: give a first and a last date, the last not before the first.</source>
        <translation>El rango de fechas no es válido: indique una fecha inicial y una final, y la final no debe ser anterior a la inicial.</translation>
    </message>
    <message>
        <source>The date range is longer than a year (%1 days): every slot of it would go into the file.</source>
        <translation>El rango de fechas supera un año (%1 días): todas sus franjas irían al archivo.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::CalendarIcsExporter</name>
    <message>
        <source>The date range is not valid: give a first and a last date, the last not before the first.</source>
        <translation>El rango de fechas no es válido: indique una primera y una última fecha, y la última no debe ser anterior a la primera.</translation>
    </message>
    <message>
        <source>The date range is longer than two years (%1 days).</source>
        <translation>El rango de fechas es mayor de dos años (%1 días).</translation>
    </message>
</context>
<context>
    <name>fd::calendar::FrontDeskService</name>
    <message>
        <source>The client id must be a UUID.</source>
        <translation>El id. de cliente debe ser un UUID.</translation>
    </message>
    <message>
        <source>The copay cannot be negative.</source>
        <translation>El copago no puede ser negativo.</translation>
    </message>
    <message>
        <source>The client id %1 was used for another check-in.</source>
        <translation>El id. de cliente %1 se usó para otro registro de llegada.</translation>
    </message>
    <message>
        <source>The appointment is %1: it cannot be checked in.</source>
        <translation>La cita está %1: no se puede hacer su registro de llegada.</translation>
    </message>
    <message>
        <source>Check-in is on the day of the appointment (%1).</source>
        <translation>El registro de llegada se hace el día de la cita (%1).</translation>
    </message>
    <message>
        <source>Copay at check-in</source>
        <translation>Copago en el registro de llegada</translation>
    </message>
    <message>
        <source>The flow board needs a date.</source>
        <translation>El tablero de flujo necesita una fecha.</translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation>No existe la ubicación %1.</translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation>No existe el proveedor %1.</translation>
    </message>
    <message>
        <source>(not available to you)</source>
        <translation>(no disponible para usted)</translation>
    </message>
    <message>
        <source>Cancelling needs a reason: cancel the appointment in the calendar.</source>
        <translation>Para cancelar se necesita un motivo: cancele la cita en el calendario.</translation>
    </message>
    <message>
        <source>No appointment type %1 for the follow-up.</source>
        <translation>No existe el tipo de cita %1 para el seguimiento.</translation>
    </message>
    <message>
        <source>The follow-up interval must be a number of days, weeks or months (for example 2w or 3m).</source>
        <translation>El intervalo de seguimiento debe ser un número de días, semanas o meses (por ejemplo, 2w o 3m).</translation>
    </message>
    <message>
        <source>Ask for 1 to 50 slots within a year of the target date.</source>
        <translation>Solicite de 1 a 50 horarios dentro de un año a partir de la fecha objetivo.</translation>
    </message>
    <message>
        <source>A cancelled or missed appointment cannot be checked out.</source>
        <translation>No se puede dar salida a una cita cancelada o perdida.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::RecallCampaign</name>
    <message>
        <source>the shipped recall templates are missing from the program</source>
        <translation>faltan en el programa las plantillas de llamadas de control incluidas</translation>
    </message>
    <message>
        <source>Recall %1: the send log was not updated: %2</source>
        <translation>Llamada de control %1: no se actualizó el registro de envíos: %2</translation>
    </message>
    <message>
        <source>Recall %1: the contact was not logged: %2</source>
        <translation>Llamada de control %1: no se registró el contacto: %2</translation>
    </message>
    <message>
        <source>The interval between campaign messages must be at least one day.</source>
        <translation>El intervalo entre los mensajes de la campaña debe ser de al menos un día.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::RecallService</name>
    <message>
        <source>No recall reason %1.</source>
        <translation>No existe el motivo de llamada de control %1.</translation>
    </message>
    <message>
        <source>No appointment type %1.</source>
        <translation>No existe el tipo de cita %1.</translation>
    </message>
    <message>
        <source>A recall reason needs a name.</source>
        <translation>Un motivo de llamada de control necesita un nombre.</translation>
    </message>
    <message>
        <source>The recall interval must be 1 to 120 months (not %1).</source>
        <translation>El intervalo de la llamada de control debe ser de 1 a 120 meses (no %1).</translation>
    </message>
    <message>
        <source>A recall reason named %1 exists.</source>
        <translation>Ya existe un motivo de llamada de control llamado %1.</translation>
    </message>
    <message>
        <source>Appointment type %1 sets no recall.</source>
        <translation>El tipo de cita %1 no genera ninguna llamada de control.</translation>
    </message>
    <message>
        <source>A recall needs a patient.</source>
        <translation>Una llamada de control necesita un paciente.</translation>
    </message>
    <message>
        <source>A recall needs a due date.</source>
        <translation>Una llamada de control necesita una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation>No existe el proveedor %1.</translation>
    </message>
    <message>
        <source>No recall %1.</source>
        <translation>No existe la llamada de control %1.</translation>
    </message>
    <message>
        <source>Say why the recall is dismissed.</source>
        <translation>Indique por qué se descarta la llamada de control.</translation>
    </message>
    <message>
        <source>The recall is already %1.</source>
        <translation>La llamada de control ya está %1.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ScheduleAdminService</name>
    <message>
        <source>No provider %1.</source>
        <translation>No existe el profesional %1.</translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation>No existe la ubicación %1.</translation>
    </message>
    <message>
        <source>The type code &quot;%1&quot; must be 1 to 12 capital letters, digits, - or _.</source>
        <translation>El código de tipo &quot;%1&quot; debe tener de 1 a 12 letras mayúsculas, dígitos, - o _.</translation>
    </message>
    <message>
        <source>The appointment type needs a name.</source>
        <translation>El tipo de cita necesita un nombre.</translation>
    </message>
    <message>
        <source>The duration must be 5 to 720 minutes (got %1).</source>
        <translation>La duración debe ser de 5 a 720 minutos (se recibió %1).</translation>
    </message>
    <message>
        <source>The color &quot;%1&quot; must be #RRGGBB.</source>
        <translation>El color &quot;%1&quot; debe tener el formato #RRGGBB.</translation>
    </message>
    <message>
        <source>The booking lead time must be from 0 to 365 days.</source>
        <translation>La antelación de reserva debe ser de 0 a 365 días.</translation>
    </message>
    <message>
        <source>The daily maximum must be from 0 (no limit) to 200.</source>
        <translation>El máximo diario debe ser de 0 (sin límite) a 200.</translation>
    </message>
    <message>
        <source>A needed resource is a room or equipment (got &quot;%1&quot;).</source>
        <translation>Un recurso necesario es una sala o un equipo (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The template needs the date it takes effect.</source>
        <translation>La plantilla necesita la fecha en que entra en vigor.</translation>
    </message>
    <message>
        <source>The template ends before it takes effect.</source>
        <translation>La plantilla termina antes de entrar en vigor.</translation>
    </message>
    <message>
        <source>The slot length must be 5 to 240 minutes (got %1).</source>
        <translation>La duración del espacio debe ser de 5 a 240 minutos (se recibió %1).</translation>
    </message>
    <message>
        <source>The template has no working hours.</source>
        <translation>La plantilla no tiene horario de trabajo.</translation>
    </message>
    <message>
        <source>Weekdays are 1 (Monday) to 7 (Sunday); got %1.</source>
        <translation>Los días de la semana son del 1 (lunes) al 7 (domingo); se recibió %1.</translation>
    </message>
    <message>
        <source>Each range needs a start before its end (HH:MM).</source>
        <translation>Cada rango necesita un inicio anterior a su fin (HH:MM).</translation>
    </message>
    <message>
        <source>An alternating template needs the anchor date of its week A.</source>
        <translation>Una plantilla alterna necesita la fecha de referencia de su semana A.</translation>
    </message>
    <message>
        <source>No appointment type %1.</source>
        <translation>No existe el tipo de cita %1.</translation>
    </message>
    <message>
        <source>Another appointment type has code %1.</source>
        <translation>Otro tipo de cita tiene el código %1.</translation>
    </message>
    <message>
        <source>The saved template could not be read back.</source>
        <translation>No se pudo volver a leer la plantilla guardada.</translation>
    </message>
    <message>
        <source>The holiday needs its date.</source>
        <translation>El día festivo necesita su fecha.</translation>
    </message>
    <message>
        <source>The holiday needs a name.</source>
        <translation>El día festivo necesita un nombre.</translation>
    </message>
    <message>
        <source>The saved holiday could not be read back.</source>
        <translation>No se pudo volver a leer el día festivo guardado.</translation>
    </message>
    <message>
        <source>The change needs its date.</source>
        <translation>El cambio necesita su fecha.</translation>
    </message>
    <message>
        <source>Extra hours need their start and end.</source>
        <translation>Las horas adicionales necesitan su inicio y su fin.</translation>
    </message>
    <message>
        <source>The saved change could not be read back.</source>
        <translation>No se pudo volver a leer el cambio guardado.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::SeriesService</name>
    <message>
        <source>No recurring appointment %1.</source>
        <translation>No existe la cita recurrente %1.</translation>
    </message>
    <message>
        <source>No appointment type %1.</source>
        <translation>No existe el tipo de cita %1.</translation>
    </message>
    <message>
        <source>%1 occurrence(s) meet conflicts:
%2</source>
        <translation>%1 repetición(es) tienen conflictos:
%2</translation>
    </message>
    <message>
        <source>A recurring appointment needs its patient, provider and first start.</source>
        <translation>Una cita recurrente necesita su paciente, su profesional y su primer inicio.</translation>
    </message>
    <message>
        <source>No occurrence of the series could be booked.</source>
        <translation>No se pudo programar ninguna repetición de la serie.</translation>
    </message>
    <message>
        <source>A cancellation needs its reason.</source>
        <translation>Una cancelación necesita su motivo.</translation>
    </message>
    <message>
        <source>The length must be 5 to 720 minutes.</source>
        <translation>La duración debe ser de 5 a 720 minutos.</translation>
    </message>
    <message>
        <source>The series has no occurrence on %1.</source>
        <translation>La serie no tiene ninguna repetición el %1.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::WaitlistService</name>
    <message>
        <source>No appointment type %1.</source>
        <translation>No existe el tipo de cita %1.</translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation>No existe el profesional %1.</translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation>No existe la ubicación %1.</translation>
    </message>
    <message>
        <source>Choose at least one part of the day.</source>
        <translation>Elija al menos una parte del día.</translation>
    </message>
    <message>
        <source>The latest date is before the earliest.</source>
        <translation>La fecha más tardía es anterior a la más temprana.</translation>
    </message>
    <message>
        <source>No waitlist entry %1.</source>
        <translation>No existe la entrada de lista de espera %1.</translation>
    </message>
    <message>
        <source>The entry is no longer on the list.</source>
        <translation>La entrada ya no está en la lista.</translation>
    </message>
    <message>
        <source>No appointment %1.</source>
        <translation>No existe la cita %1.</translation>
    </message>
    <message>
        <source>The appointment still holds its time (cancel it first).</source>
        <translation>La cita aún ocupa su horario (cancélela primero).</translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::AppointmentDialog</name>
    <message>
        <source>Book Appointment</source>
        <translation>Programar cita</translation>
    </message>
    <message>
        <source>Change Appointment</source>
        <translation>Cambiar cita</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
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
        <translation> min</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>Cada 4 semanas</translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation>Mensualmente el mismo día de la semana</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> visitas</translation>
    </message>
    <message>
        <source>Overbook</source>
        <translation>Sobrecupo</translation>
    </message>
    <message>
        <source>Why this booking may overlap (required)</source>
        <translation>Por qué esta cita puede superponerse (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>Pro&amp;fesional</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>Re&amp;petición</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <source>Tick &quot;Overbook&quot; and give a reason to book it anyway.</source>
        <translation>Marque &quot;Sobrecupo&quot; e indique un motivo para programarla de todos modos.</translation>
    </message>
    <message>
        <source>Choose the patient: search by name, date of birth or phone above.</source>
        <translation>Elija al paciente: busque arriba por nombre, fecha de nacimiento o teléfono.</translation>
    </message>
    <message>
        <source>Give the reason for the overbook.</source>
        <translation>Indique el motivo del sobrecupo.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::CalendarDock</name>
    <message>
        <source>Your role does not include seeing the schedule (permission &quot;%1&quot;). Ask the practice administrator if you need it.</source>
        <translation>Su función no incluye ver la agenda (permiso &quot;%1&quot;). Solicítelo al administrador del consultorio si lo necesita.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostrar hoy</translation>
    </message>
    <message>
        <source>Previous day, week or month (Page Up)</source>
        <translation>Día, semana o mes anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next day, week or month (Page Down)</source>
        <translation>Día, semana o mes siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Semana laboral</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Profesionales</translation>
    </message>
    <message>
        <source>Choose the providers shown</source>
        <translation>Elija los profesionales que se muestran</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todos</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Programar…</translation>
    </message>
    <message>
        <source>Book at the selected time (Enter)</source>
        <translation>Programar en la hora seleccionada (Intro)</translation>
    </message>
    <message>
        <source>&amp;Find First Available…</source>
        <translation>&amp;Buscar primer horario disponible…</translation>
    </message>
    <message>
        <source>The earliest free times for a type, provider and location</source>
        <translation>Los primeros horarios libres para un tipo, profesional y ubicación</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movida</translation>
    </message>
    <message>
        <source>Length changed</source>
        <translation>Duración cambiada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Inasistencia</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <source>Patient merged</source>
        <translation>Paciente fusionado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Cancel Appointment…</source>
        <translation>&amp;Cancelar cita…</translation>
    </message>
    <message>
        <source>Mark &amp;No-Show</source>
        <translation>Marcar &amp;inasistencia</translation>
    </message>
    <message>
        <source>Reschedule &amp;History…</source>
        <translation>&amp;Historial de reprogramaciones…</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <source>Change &amp;This One…</source>
        <translation>Cambiar &amp;solo esta…</translation>
    </message>
    <message>
        <source>Cancel This One…</source>
        <translation>Cancelar solo esta…</translation>
    </message>
    <message>
        <source>Change This and &amp;Following…</source>
        <translation>Cambiar esta y las &amp;siguientes…</translation>
    </message>
    <message>
        <source>Cancel This and Following…</source>
        <translation>Cancelar esta y las siguientes…</translation>
    </message>
    <message>
        <source>Change &amp;All…</source>
        <translation>Cambiar &amp;todas…</translation>
    </message>
    <message>
        <source>Cancel All…</source>
        <translation>Cancelar todas…</translation>
    </message>
    <message>
        <source>Appointment changed.</source>
        <translation>Cita modificada.</translation>
    </message>
    <message>
        <source>Your role does not include cancelling appointments.</source>
        <translation>Su función no incluye cancelar citas.</translation>
    </message>
    <message>
        <source>Cancel Appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <source>Why is %1&apos;s appointment cancelled?</source>
        <translation>¿Por qué se cancela la cita de %1?</translation>
    </message>
    <message>
        <source>Patient called to cancel</source>
        <translation>El paciente llamó para cancelar</translation>
    </message>
    <message>
        <source>Feeling better</source>
        <translation>Se siente mejor</translation>
    </message>
    <message>
        <source>Transportation problem</source>
        <translation>Problema de transporte</translation>
    </message>
    <message>
        <source>Work conflict</source>
        <translation>Conflicto laboral</translation>
    </message>
    <message>
        <source>Provider unavailable</source>
        <translation>Profesional no disponible</translation>
    </message>
    <message>
        <source>The appointment was not cancelled: a reason is needed.</source>
        <translation>No se canceló la cita: se necesita un motivo.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Cancelada: %1.</translation>
    </message>
    <message>
        <source>Marked as a no-show.</source>
        <translation>Marcada como inasistencia.</translation>
    </message>
    <message>
        <source>Booked %1 from the waitlist.</source>
        <translation>Se programó a %1 desde la lista de espera.</translation>
    </message>
    <message>
        <source>Appointment History</source>
        <translation>Historial de citas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Change Recurring Appointments</source>
        <translation>Cambiar citas recurrentes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Comenzar a las</translation>
    </message>
    <message>
        <source>Move by</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Recurring appointments changed.</source>
        <translation>Se cambiaron las citas recurrentes.</translation>
    </message>
    <message>
        <source>Cancel Recurring Appointments</source>
        <translation>Cancelar citas recurrentes</translation>
    </message>
    <message>
        <source>Why are they cancelled?</source>
        <translation>¿Por qué se cancelan?</translation>
    </message>
    <message>
        <source>Treatment finished</source>
        <translation>Tratamiento terminado</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s) of the series.</source>
        <translation>
            <numerusform>Se canceló %n cita de la serie.</numerusform>
            <numerusform>Se cancelaron %n citas de la serie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not include booking appointments.</source>
        <translation>Su rol no incluye agendar citas.</translation>
    </message>
    <message>
        <source>Nothing was booked.</source>
        <translation>No se agendó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n visit(s) of the series; some dates were left out for conflicts.</source>
        <translation>
            <numerusform>Se agendó %n visita de la serie; algunas fechas se omitieron por conflictos.</numerusform>
            <numerusform>Se agendaron %n visitas de la serie; algunas fechas se omitieron por conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked %1 at %2.</source>
        <translation>Se agendó %1 a las %2.</translation>
    </message>
    <message>
        <source>Choose a time on the calendar first (click a free slot or use the arrow keys).</source>
        <translation>Primero elija una hora en el calendario (haga clic en un horario libre o use las teclas de flecha).</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Movida a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Now %n minute(s) long.</source>
        <translation>
            <numerusform>Ahora dura %n minuto.</numerusform>
            <numerusform>Ahora dura %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked as an overbook.</source>
        <translation>Agendada como sobrecupo.</translation>
    </message>
    <message>
        <source>Overbook?</source>
        <translation>¿Sobrecupo?</translation>
    </message>
    <message>
        <source>You may overbook. Give the reason to book it anyway:</source>
        <translation>Puede agendar en sobrecupo. Indique el motivo para agendarla de todos modos:</translation>
    </message>
    <message>
        <source>&amp;Overbook</source>
        <translation>Agendar en &amp;sobrecupo</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>A provider&apos;s schedule as an iCalendar or FHIR file</source>
        <translation>La agenda de un profesional como archivo iCalendar o FHIR</translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::CalendarModule</name>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>The scheduling services are not available</source>
        <translation>Los servicios de agenda no están disponibles</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Ir a &amp;hoy</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Find First Available…</source>
        <translation>&amp;Buscar primer horario disponible…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>&amp;Refresh Calendar</source>
        <translation>&amp;Actualizar calendario</translation>
    </message>
    <message>
        <source>E&amp;xport Schedule…</source>
        <translation>E&amp;xportar agenda…</translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::CoreCalendarSource</name>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::ExportScheduleDialog</name>
    <message>
        <source>Export Schedule</source>
        <translation>Exportar agenda</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar (.ics)</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle: Schedule, Slot, Appointment (.json)</source>
        <translation>Bundle FHIR R4: Schedule, Slot, Appointment (.json)</translation>
    </message>
    <message>
        <source>Name the patients in the file</source>
        <translation>Incluir los nombres de los pacientes en el archivo</translation>
    </message>
    <message>
        <source>A calendar file leaves the practice: without names it carries only the appointment types and times.</source>
        <translation>Un archivo de calendario sale del consultorio: sin nombres solo contiene los tipos y horarios de las citas.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation>Archivos FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>The iCalendar export is not available.</source>
        <translation>La exportación iCalendar no está disponible.</translation>
    </message>
    <message>
        <source>The FHIR export is not available.</source>
        <translation>La exportación FHIR no está disponible.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Choose a provider.</source>
        <translation>Elija un profesional.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n appointment(s) of %1 to %2.</source>
        <translation>
            <numerusform>Se exportó %n cita de %1 a %2.</numerusform>
            <numerusform>Se exportaron %n citas de %1 a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::FindSlotDialog</name>
    <message>
        <source>Find First Available</source>
        <translation>Buscar primer horario disponible</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Cualquier ubicación</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>Pr&amp;ofesional</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>Day parts</source>
        <translation>Partes del día</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Agendar</translation>
    </message>
    <message>
        <source>Tick at least one part of the day.</source>
        <translation>Marque al menos una parte del día.</translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation>La última fecha es anterior a la primera.</translation>
    </message>
    <message>
        <source>%1   %2 — %3</source>
        <translation>%1   %2 — %3</translation>
    </message>
    <message>
        <source>No free time in these dates. Widen the dates, the day parts or the providers.</source>
        <translation>No hay horarios libres en estas fechas. Amplíe las fechas, las partes del día o los profesionales.</translation>
    </message>
    <message>
        <source>Choose the patient: search by name, date of birth or phone above.</source>
        <translation>Elija al paciente: busque arriba por nombre, fecha de nacimiento o teléfono.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::PatientNames</name>
    <message>
        <source>Restricted patient</source>
        <translation>Paciente restringido</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::PatientPicker</name>
    <message>
        <source>Find the patient: name, date of birth, phone or account number</source>
        <translation>Busque al paciente: nombre, fecha de nacimiento, teléfono o número de cuenta</translation>
    </message>
    <message>
        <source>No patient chosen.</source>
        <translation>No se eligió ningún paciente.</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
    <message>
        <source>%1   #%2   %3</source>
        <translation>%1   #%2   %3</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation>Ningún paciente coincide con &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::dock::WaitlistOfferDialog</name>
    <message>
        <source>Offer the Freed Time</source>
        <translation>Ofrecer el horario liberado</translation>
    </message>
    <message>
        <source>%1 at %2 with %3 is free. These patients on the waitlist fit it:</source>
        <translation>%1 a las %2 con %3 está libre. Estos pacientes de la lista de espera encajan:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — waiting %n day(s)</source>
        <translation>
            <numerusform>%1 — esperando %n día</numerusform>
            <numerusform>%1 — esperando %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Leave Free</source>
        <translation>&amp;Dejar libre</translation>
    </message>
    <message>
        <source>&amp;Book Selected</source>
        <translation>&amp;Agendar seleccionados</translation>
    </message>
    <message>
        <source>This patient is no longer on the waitlist.</source>
        <translation>Este paciente ya no está en la lista de espera.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::CheckInDialog</name>
    <message>
        <source>Never confirmed at a check-in.</source>
        <translation>Nunca confirmado en un registro de llegada.</translation>
    </message>
    <message>
        <source>Last confirmed %1.</source>
        <translation>Última confirmación: %1.</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Registro de llegada</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <source>Name, birth date, address and phone confirmed with the patient</source>
        <translation>Nombre, fecha de nacimiento, dirección y teléfono confirmados con el paciente</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Insurance card seen and coverage confirmed</source>
        <translation>Tarjeta del seguro revisada y cobertura confirmada</translation>
    </message>
    <message>
        <source>Balance and copay</source>
        <translation>Saldo y copago</translation>
    </message>
    <message>
        <source>Take the copay now</source>
        <translation>Cobrar el copago ahora</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Check number or card approval (never the card number)</source>
        <translation>Número de cheque o aprobación de la tarjeta (nunca el número de la tarjeta)</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Imprimir un recibo</translation>
    </message>
    <message>
        <source>Balance due:</source>
        <translation>Saldo pendiente:</translation>
    </message>
    <message>
        <source>Expected copay:</source>
        <translation>Copago esperado:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mé&amp;todo:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Check &amp;In</source>
        <translation>Registrar &amp;llegada</translation>
    </message>
    <message>
        <source>%1   #%2</source>
        <translation>%1   #%2</translation>
    </message>
    <message>
        <source>Born %1 (age %2)</source>
        <translation>Nacido el %1 (edad: %2)</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4</source>
        <translation>%1, %2, %3 %4</translation>
    </message>
    <message>
        <source>Phone (%1): %2</source>
        <translation>Teléfono (%1): %2</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primario</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation>Terciario</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>not in effect on the day</source>
        <translation>no vigente en ese día</translation>
    </message>
    <message>
        <source>%1: %2 %3, member %4 (%5)</source>
        <translation>%1: %2 %3, afiliado %4 (%5)</translation>
    </message>
    <message>
        <source>, copay %1</source>
        <translation>, copago %1</translation>
    </message>
    <message>
        <source>No insurance on file: self-pay.</source>
        <translation>No hay seguro registrado: pago particular.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>None (credit %1)</source>
        <translation>Ninguno (crédito %1)</translation>
    </message>
    <message>
        <source>%1 (already taken today: %2)</source>
        <translation>%1 (ya cobrado hoy: %2)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>Enter the copay received, in dollars and cents (for example 25.00).</source>
        <translation>Ingrese el copago recibido, en dólares y centavos (por ejemplo, 25.00).</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Consultar &amp;ahora</translation>
    </message>
    <message>
        <source>Ask the payer now (real-time eligibility)</source>
        <translation>Consultar al pagador ahora (elegibilidad en tiempo real)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>NOT ACTIVE</source>
        <translation>NO ACTIVA</translation>
    </message>
    <message>
        <source>Payer could not answer</source>
        <translation>El pagador no pudo responder</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin consultar</translation>
    </message>
    <message>
        <source>Eligibility: not checked with the payer yet.</source>
        <translation>Elegibilidad: aún no se ha consultado con el pagador.</translation>
    </message>
    <message>
        <source>Eligibility: %1 (checked %2)</source>
        <translation>Elegibilidad: %1 (consultada %2)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Office visit copay: %1</source>
        <translation>Copago de consulta: %1</translation>
    </message>
    <message>
        <source>Deductible remaining: %1</source>
        <translation>Deducible restante: %1</translation>
    </message>
    <message>
        <source>Asking the payer...</source>
        <translation>Consultando al pagador...</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>La consulta falló: %1</translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::CheckOutDialog</name>
    <message>
        <source>Check Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>%1, %2 with %3</source>
        <translation>%1, %2 con %3</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>&amp;Find Slots</source>
        <translation>&amp;Buscar horarios</translation>
    </message>
    <message>
        <source>Follow-up &amp;type:</source>
        <translation>&amp;Tipo de seguimiento:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>Check Out and &amp;Book</source>
        <translation>Dar salida y a&amp;gendar</translation>
    </message>
    <message>
        <source>Check Out &amp;Only</source>
        <translation>&amp;Solo dar salida</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No free slot within four weeks of %1.</source>
        <translation>No hay horarios libres dentro de las cuatro semanas a partir del %1.</translation>
    </message>
    <message>
        <source>First free slots from %1.</source>
        <translation>Primeros horarios libres a partir del %1.</translation>
    </message>
    <message>
        <source>Choose a slot for the follow-up, or check out only.</source>
        <translation>Elija un horario para el seguimiento, o solo dé la salida.</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Late %1</source>
        <translation>Retraso de %1</translation>
    </message>
    <message>
        <source>%1 visit</source>
        <translation>Visita de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Since arrival</source>
        <translation>Desde la llegada</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>En el estado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::FrontdeskDock</name>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Cancelled and no-shows</source>
        <translation>Canceladas e inasistencias</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>&amp;Arrive…</source>
        <translation>&amp;Llegada…</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <source>&amp;With Provider</source>
        <translation>Con &amp;profesional</translation>
    </message>
    <message>
        <source>Check &amp;Out…</source>
        <translation>&amp;Dar salida…</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Inasistencia</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in the office</source>
        <translation>
            <numerusform>, %n en el consultorio</numerusform>
            <numerusform>, %n en el consultorio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n con retraso</numerusform>
            <numerusform>, %n con retraso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::FrontdeskModule</name>
    <message>
        <source>&amp;Front Desk</source>
        <translation>&amp;Recepción</translation>
    </message>
    <message>
        <source>The front desk&apos;s services are not available</source>
        <translation>Los servicios de recepción no están disponibles</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Check &amp;In…</source>
        <translation>Registrar &amp;llegada…</translation>
    </message>
    <message>
        <source>Check &amp;Out…</source>
        <translation>Registrar &amp;salida…</translation>
    </message>
</context>
<context>
    <name>fd::calendar::frontdesk::StatusLook</name>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Roomed</source>
        <translation>En consultorio</translation>
    </message>
    <message>
        <source>With provider</source>
        <translation>Con el profesional</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Inasistencia</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::MessageLogModel</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::MessagesDock</name>
    <message>
        <source>Reschedule requests and replies for staff</source>
        <translation>Solicitudes de reprogramación y respuestas para el personal</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send a failed message again (only one that certainly never left)</source>
        <translation>Enviar de nuevo un mensaje fallido (solo uno que con certeza nunca salió)</translation>
    </message>
    <message>
        <source>Send &amp;Due Reminders</source>
        <translation>Enviar recordatorios &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Import Replies…</source>
        <translation>&amp;Importar respuestas…</translation>
    </message>
    <message>
        <source>Mark &amp;Handled</source>
        <translation>Marcar como &amp;atendido</translation>
    </message>
    <message>
        <source>Import Replies</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>Replies (*.csv *.json);;All files (*)</source>
        <translation>Respuestas (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>The message was sent again.</source>
        <translation>El mensaje se envió de nuevo.</translation>
    </message>
    <message>
        <source>The message could not be sent (%1).</source>
        <translation>No se pudo enviar el mensaje (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent, %1 failed, %2 waiting for the allowed hours.</source>
        <translation>
            <numerusform>%n recordatorio enviado, %1 fallidos, %2 en espera del horario permitido.</numerusform>
            <numerusform>%n recordatorios enviados, %1 fallidos, %2 en espera del horario permitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) imported, %1 imported before.</source>
        <translation>
            <numerusform>%n respuesta importada, %1 importadas antes.</numerusform>
            <numerusform>%n respuestas importadas, %1 importadas antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Para el personal: %1</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::MessagesModule</name>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>The reminder service is not available</source>
        <translation>El servicio de recordatorios no está disponible</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Send &amp;Due Reminders</source>
        <translation>Enviar recordatorios &amp;pendientes</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::MessagingSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Email (SMTP)</source>
        <translation>Correo electrónico (SMTP)</translation>
    </message>
    <message>
        <source>Send reminders by email</source>
        <translation>Enviar recordatorios por correo electrónico</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>los certificados del sistema</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Dirección del remitente:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nombre del remitente:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo de CA:</translation>
    </message>
    <message>
        <source>Text messages (SMS gateway)</source>
        <translation>Mensajes de texto (pasarela SMS)</translation>
    </message>
    <message>
        <source>Send reminders by text message</source>
        <translation>Enviar recordatorios por mensaje de texto</translation>
    </message>
    <message>
        <source>Messages URL:</source>
        <translation>URL de mensajes:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Token de autenticación:</translation>
    </message>
    <message>
        <source>Sender number:</source>
        <translation>Número del remitente:</translation>
    </message>
    <message>
        <source>Status callback URL:</source>
        <translation>URL de devolución de llamada de estado:</translation>
    </message>
    <message>
        <source>Callback secret:</source>
        <translation>Secreto de devolución de llamada:</translation>
    </message>
    <message>
        <source>Reminder schedules</source>
        <translation>Programaciones de recordatorios</translation>
    </message>
    <message>
        <source>One row per appointment type (empty type: every other type). Reminders as &quot;3d:email+sms, 2h:sms&quot; (d days, h hours, m minutes before the start).</source>
        <translation>Una fila por tipo de cita (tipo vacío: todos los demás tipos). Recordatorios como &quot;3d:email+sms, 2h:sms&quot; (d días, h horas, m minutos antes del inicio).</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>Template group</source>
        <translation>Grupo de plantillas</translation>
    </message>
    <message>
        <source>Add Schedule</source>
        <translation>Agregar programación</translation>
    </message>
    <message>
        <source>Remove Schedule</source>
        <translation>Quitar programación</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>Correo electrónico a</translation>
    </message>
    <message>
        <source>Text to</source>
        <translation>Mensaje de texto a</translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation>Enviar mensaje de prueba</translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation>El mensaje de prueba se envió.</translation>
    </message>
    <message>
        <source>(stored; leave empty to keep)</source>
        <translation>(almacenado; déjelo vacío para conservarlo)</translation>
    </message>
    <message>
        <source>Reminder schedules, row %1: %2</source>
        <translation>Programaciones de recordatorios, fila %1: %2</translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation>Configuración de recordatorios</translation>
    </message>
    <message>
        <source>The reminder settings were saved.</source>
        <translation>La configuración de recordatorios se guardó.</translation>
    </message>
    <message>
        <source>Automatic runs</source>
        <translation>Ejecuciones automáticas</translation>
    </message>
    <message>
        <source>One workstation of the practice sends the due reminders on its own, every few minutes, while a user who may send reminders is logged in there (also while the screen is locked; not after logging out or quitting). Only the workstation chosen here runs them, so two workstations never send at the same time. Without one, reminders go out only with Send Due Reminders in the Messages dock or the frontdeskctl reminders run command.</source>
        <translation>Una estación de trabajo del consultorio envía por sí sola los recordatorios pendientes cada pocos minutos, mientras haya iniciado sesión en ella un usuario que pueda enviar recordatorios (también con la pantalla bloqueada; no después de cerrar sesión o salir). Solo la estación de trabajo elegida aquí los envía, de modo que dos estaciones de trabajo nunca envían al mismo tiempo. Si no se elige ninguna, los recordatorios solo se envían con Enviar recordatorios pendientes en el panel Mensajes o con el comando frontdeskctl reminders run.</translation>
    </message>
    <message>
        <source>Send reminders automatically from this workstation (%1)</source>
        <translation>Enviar recordatorios automáticamente desde esta estación de trabajo (%1)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>No workstation sends reminders automatically now.</source>
        <translation>Ahora ninguna estación de trabajo envía recordatorios automáticamente.</translation>
    </message>
    <message>
        <source>This workstation sends them now.</source>
        <translation>Ahora los envía esta estación de trabajo.</translation>
    </message>
    <message>
        <source>Another workstation (%1) sends them now; checking the box above moves the runs here.</source>
        <translation>Ahora los envía otra estación de trabajo (%1); al marcar la casilla de arriba, las ejecuciones pasan a esta.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::ReminderScheduler</name>
    <message>
        <source>Reminders cannot be sent automatically: this workstation&apos;s id could not be read from the practice database.</source>
        <translation>Los recordatorios no se pueden enviar automáticamente: no se pudo leer el id de esta estación de trabajo en la base de datos del consultorio.</translation>
    </message>
    <message>
        <source>Automatic reminder runs: the reminder settings could not be read (%1).</source>
        <translation>Ejecuciones automáticas de recordatorios: no se pudo leer la configuración de recordatorios (%1).</translation>
    </message>
    <message>
        <source>Reminders are not sent automatically: no workstation is chosen in Settings ▸ Reminders.</source>
        <translation>Los recordatorios no se envían automáticamente: no se eligió ninguna estación de trabajo en Configuración ▸ Recordatorios.</translation>
    </message>
    <message>
        <source>Reminders are sent automatically from another workstation (%1).</source>
        <translation>Los recordatorios se envían automáticamente desde otra estación de trabajo (%1).</translation>
    </message>
    <message>
        <source>This workstation sends reminders automatically, but the logged-in user may not send reminders: no automatic runs until a user who may logs in.</source>
        <translation>Esta estación de trabajo envía recordatorios automáticamente, pero el usuario con sesión iniciada no puede enviar recordatorios: no habrá ejecuciones automáticas hasta que inicie sesión un usuario que pueda hacerlo.</translation>
    </message>
    <message numerus="yes">
        <source>Reminders are sent automatically from this workstation every %n minute(s).</source>
        <translation>
            <numerusform>Los recordatorios se envían automáticamente desde esta estación de trabajo cada %n minuto.</numerusform>
            <numerusform>Los recordatorios se envían automáticamente desde esta estación de trabajo cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last automatic run: %1, failed: %2</source>
        <translation>Última ejecución automática: %1, falló: %2</translation>
    </message>
    <message>
        <source>Last automatic run: %1, %2 sent, %3 failed, %4 skipped, %5 waiting for the allowed hours.</source>
        <translation>Última ejecución automática: %1, %2 enviados, %3 fallidos, %4 omitidos, %5 en espera del horario permitido.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messages::ReplyTableModel</name>
    <message>
        <source>Asks to reschedule</source>
        <translation>Pide reprogramar</translation>
    </message>
    <message>
        <source>Reply without a reminder</source>
        <translation>Respuesta sin recordatorio</translation>
    </message>
    <message>
        <source>Reply for staff</source>
        <translation>Respuesta para el personal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging</name>
    <message>
        <source>form field %1 of the callback has no name</source>
        <translation>el campo de formulario %1 de la devolución de llamada no tiene nombre</translation>
    </message>
    <message>
        <source>the status callback has no MessageSid</source>
        <translation>la devolución de llamada de estado no tiene MessageSid</translation>
    </message>
    <message>
        <source>the status callback for %1 has the unknown MessageStatus &quot;%2&quot;</source>
        <translation>la devolución de llamada de estado de %1 tiene el MessageStatus desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the status callback to %1 has no valid signature</source>
        <translation>la devolución de llamada de estado a %1 no tiene una firma válida</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::CandidateBuilder</name>
    <message>
        <source>Appointment %1: the patient&apos;s record cannot be read for reminders (%2)</source>
        <translation>Cita %1: no se puede leer el expediente del paciente para los recordatorios (%2)</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::MessageLog</name>
    <message>
        <source>No logged reminder for appointment %1, rule %2, %3</source>
        <translation>No hay ningún recordatorio registrado para la cita %1, regla %2, %3</translation>
    </message>
    <message>
        <source>Message %1: status %2 is not a delivery status</source>
        <translation>Mensaje %1: el estado %2 no es un estado de entrega</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::MessagingSettings</name>
    <message>
        <source>&quot;%1&quot; is not OFFSET:CHANNELS (3d:email+sms)</source>
        <translation>&quot;%1&quot; no es OFFSET:CHANNELS (3d:email+sms)</translation>
    </message>
    <message>
        <source>channel &quot;%1&quot; in &quot;%2&quot; is not email or sms</source>
        <translation>el canal &quot;%1&quot; en &quot;%2&quot; no es email ni sms</translation>
    </message>
    <message>
        <source>Messaging settings: the sender name must be one line</source>
        <translation>Configuración de mensajería: el nombre del remitente debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>the default schedule</source>
        <translation>la programación predeterminada</translation>
    </message>
    <message>
        <source>the schedule of type %1</source>
        <translation>la programación del tipo %1</translation>
    </message>
    <message>
        <source>Messaging settings: %1 is given twice</source>
        <translation>Configuración de mensajería: %1 aparece dos veces</translation>
    </message>
    <message>
        <source>Messaging settings: %1 has no template group</source>
        <translation>Configuración de mensajería: %1 no tiene grupo de plantillas</translation>
    </message>
    <message>
        <source>Messaging settings: %1 has a reminder %2 before the start; reminders go between 15 minutes and 14 days before</source>
        <translation>Configuración de mensajería: %1 tiene un recordatorio %2 antes del inicio; los recordatorios deben ser entre 15 minutos y 14 días antes</translation>
    </message>
    <message>
        <source>Messaging settings: %1 has two reminders %2 before the start</source>
        <translation>Configuración de mensajería: %1 tiene dos recordatorios %2 antes del inicio</translation>
    </message>
    <message>
        <source>Messaging settings: the reminder %1 before the start in %2 has no channel</source>
        <translation>Configuración de mensajería: el recordatorio %1 antes del inicio en %2 no tiene canal</translation>
    </message>
    <message>
        <source>Messaging settings: the reminder %1 before the start in %2 has the id %3 instead of %4</source>
        <translation>Configuración de mensajería: el recordatorio %1 antes del inicio en %2 tiene el id %3 en lugar de %4</translation>
    </message>
    <message>
        <source>Messaging settings: schedules[%1].rules[%2]: channel &quot;%3&quot; is not email or sms</source>
        <translation>Configuración de mensajería: schedules[%1].rules[%2]: el canal &quot;%3&quot; no es email ni sms</translation>
    </message>
    <message>
        <source>Messaging settings: automatic runs every %1 minutes; give 1 to 60 minutes</source>
        <translation>Configuración de mensajería: ejecuciones automáticas cada %1 minutos; indique de 1 a 60 minutos</translation>
    </message>
    <message>
        <source>Messaging settings: the workstation of automatic runs must be one short line</source>
        <translation>Configuración de mensajería: la estación de trabajo de las ejecuciones automáticas debe ser una sola línea corta</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::ReminderRenderer</name>
    <message>
        <source>Appointment %1: no reminder template for set &quot;%2&quot;, group &quot;%3&quot;, language %4</source>
        <translation>Cita %1: no hay plantilla de recordatorio para el conjunto &quot;%2&quot;, grupo &quot;%3&quot;, idioma %4</translation>
    </message>
    <message>
        <source>Appointment %1: the start time is not valid</source>
        <translation>Cita %1: la hora de inicio no es válida</translation>
    </message>
    <message>
        <source>Appointment %1: the patient&apos;s time zone is not valid</source>
        <translation>Cita %1: la zona horaria del paciente no es válida</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::ReminderService</name>
    <message>
        <source>Email is not configured: no email reminders are sent.</source>
        <translation>El correo electrónico no está configurado: no se envían recordatorios por correo electrónico.</translation>
    </message>
    <message>
        <source>The SMS gateway is not configured: no text reminders are sent.</source>
        <translation>La puerta de enlace de SMS no está configurada: no se envían recordatorios por mensaje de texto.</translation>
    </message>
    <message>
        <source>No logged message has the id %1</source>
        <translation>Ningún mensaje registrado tiene el id %1</translation>
    </message>
    <message>
        <source>Message %1 cannot be sent again: only a failed message that certainly never left is retried, at most %2 times</source>
        <translation>El mensaje %1 no se puede volver a enviar: solo se reintenta un mensaje fallido que con certeza nunca salió, como máximo %2 veces</translation>
    </message>
    <message>
        <source>Message %1 is not sent again: appointment %2 is past or no longer scheduled</source>
        <translation>El mensaje %1 no se vuelve a enviar: la cita %2 ya pasó o ya no está programada</translation>
    </message>
    <message>
        <source>Message %1 is not sent again: %2</source>
        <translation>El mensaje %1 no se vuelve a enviar: %2</translation>
    </message>
    <message>
        <source>Message %1 was not sent again: it is being sent or was sent</source>
        <translation>El mensaje %1 no se volvió a enviar: se está enviando o ya se envió</translation>
    </message>
    <message>
        <source>%1: this is a test message of the appointment reminders.</source>
        <translation>%1: este es un mensaje de prueba de los recordatorios de citas.</translation>
    </message>
    <message>
        <source>Email is not configured</source>
        <translation>El correo electrónico no está configurado</translation>
    </message>
    <message>
        <source>Test message from %1</source>
        <translation>Mensaje de prueba de %1</translation>
    </message>
    <message>
        <source>The SMS gateway is not configured</source>
        <translation>La puerta de enlace de SMS no está configurada</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 línea %2: %3</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>from &quot;%1&quot; is not a US phone number</source>
        <translation>from &quot;%1&quot; no es un número telefónico de EE. UU.</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <source>received_at &quot;%1&quot; is not a date and time with its zone (2025-03-14T15:04:05Z or -05:00)</source>
        <translation>received_at &quot;%1&quot; no es una fecha y hora con su zona (2025-03-14T15:04:05Z o -05:00)</translation>
    </message>
    <message>
        <source>%1: not a JSON array of replies (%2 at byte %3)</source>
        <translation>%1: no es un arreglo JSON de respuestas (%2 en el byte %3)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>the header must name from, body and received_at</source>
        <translation>el encabezado debe nombrar from, body y received_at</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde el encabezado tiene %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>línea %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not a JSON array of status callbacks (%2 at byte %3)</source>
        <translation>%1: no es un arreglo JSON de devoluciones de llamada de estado (%2 en el byte %3)</translation>
    </message>
    <message>
        <source>Status callbacks cannot be checked: neither the callback secret nor the SMS auth token is set</source>
        <translation>No se pueden verificar las devoluciones de llamada de estado: no está configurado ni el secreto de devolución de llamada ni el token de autenticación de SMS</translation>
    </message>
    <message>
        <source>%1 entry %2: %3</source>
        <translation>%1 entrada %2: %3</translation>
    </message>
    <message>
        <source>No open reply has the id %1</source>
        <translation>Ninguna respuesta abierta tiene el id %1</translation>
    </message>
    <message>
        <source>The stored messaging settings are not JSON: %1</source>
        <translation>La configuración de mensajería almacenada no es JSON: %1</translation>
    </message>
    <message>
        <source>The stored messaging settings are invalid: %1</source>
        <translation>La configuración de mensajería almacenada no es válida: %1</translation>
    </message>
    <message>
        <source>Messaging settings: there is no secret called &quot;%1&quot; (%2, %3 or %4)</source>
        <translation>Configuración de mensajería: no hay ningún secreto llamado &quot;%1&quot; (%2, %3 o %4)</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::ReminderTemplates</name>
    <message>
        <source>%1: unknown placeholder at character %2 (known: {practice}, {practice_phone}, {date}, {time}, {location}, {confirm}, {provider}, {address}; write {{ for a brace)</source>
        <translation>%1: marcador desconocido en el carácter %2 (conocidos: {practice}, {practice_phone}, {date}, {time}, {location}, {confirm}, {provider}, {address}; escriba {{ para una llave)</translation>
    </message>
    <message>
        <source>%1: {%2} may not be used here (text messages carry only the practice, day, time, location and how to confirm)</source>
        <translation>%1: {%2} no se puede usar aquí (los mensajes de texto solo incluyen el consultorio, el día, la hora, la ubicación y cómo confirmar)</translation>
    </message>
    <message>
        <source>the shipped reminder templates are missing from the program</source>
        <translation>faltan en el programa las plantillas de recordatorio incluidas</translation>
    </message>
    <message>
        <source>%1: not JSON at offset %2: %3</source>
        <translation>%1: no es JSON en la posición %2: %3</translation>
    </message>
    <message>
        <source>%1: not a reminder template file (format &quot;frontdesk-reminder-templates&quot;, version 1)</source>
        <translation>%1: no es un archivo de plantillas de recordatorio (formato &quot;frontdesk-reminder-templates&quot;, versión 1)</translation>
    </message>
    <message>
        <source>%1: the phrases for %2 are incomplete (date_format, time_format, confirm_sms, confirm_email, help, stop, start)</source>
        <translation>%1: las frases para %2 están incompletas (date_format, time_format, confirm_sms, confirm_email, help, stop, start)</translation>
    </message>
    <message>
        <source>%1: phrases for &quot;%2&quot;: the language must be en or es</source>
        <translation>%1: frases para &quot;%2&quot;: el idioma debe ser en o es</translation>
    </message>
    <message>
        <source>%1: must be a non-empty text</source>
        <translation>%1: debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>%1: unknown phrase</source>
        <translation>%1: frase desconocida</translation>
    </message>
    <message>
        <source>%1: needs a set, a group and a language (en or es)</source>
        <translation>%1: necesita un conjunto, un grupo y un idioma (en o es)</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: campo desconocido</translation>
    </message>
    <message>
        <source>%1 (%2/%3/%4): needs sms, email_subject and email_text</source>
        <translation>%1 (%2/%3/%4): necesita sms, email_subject y email_text</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::SmsGatewayClient</name>
    <message>
        <source>SMS through %1: the number is not in E.164 form or the text is empty</source>
        <translation>SMS a través de %1: el número no tiene formato E.164 o el texto está vacío</translation>
    </message>
    <message>
        <source>SMS through %1: no network access</source>
        <translation>SMS a través de %1: no hay acceso a la red</translation>
    </message>
    <message>
        <source>SMS gateway %1 did not answer within %2 ms</source>
        <translation>La pasarela SMS %1 no respondió en %2 ms</translation>
    </message>
    <message>
        <source>SMS gateway %1 cannot be reached</source>
        <translation>No se puede conectar con la pasarela SMS %1</translation>
    </message>
    <message>
        <source>SMS gateway %1 refused the message (HTTP %2, error %3)</source>
        <translation>La pasarela SMS %1 rechazó el mensaje (HTTP %2, error %3)</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>no se indicó</translation>
    </message>
    <message>
        <source>SMS gateway %1 answered HTTP %2 with no JSON object (offset %3: %4)</source>
        <translation>La pasarela SMS %1 respondió HTTP %2 sin un objeto JSON (posición %3: %4)</translation>
    </message>
    <message>
        <source>SMS gateway %1 answered HTTP %2 without a message sid</source>
        <translation>La pasarela SMS %1 respondió HTTP %2 sin un sid de mensaje</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::SmsGatewaySettings</name>
    <message>
        <source>SMS gateway settings: the endpoint &quot;%1&quot; is not a URL</source>
        <translation>Configuración de la pasarela SMS: el punto de conexión &quot;%1&quot; no es una URL</translation>
    </message>
    <message>
        <source>SMS gateway settings: the endpoint %1 must use https</source>
        <translation>Configuración de la pasarela SMS: el punto de conexión %1 debe usar https</translation>
    </message>
    <message>
        <source>SMS gateway settings: the account SID is empty</source>
        <translation>Configuración de la pasarela SMS: el SID de la cuenta está vacío</translation>
    </message>
    <message>
        <source>SMS gateway settings: the sender &quot;%1&quot; is not an E.164 number (+15555550100) and no messaging service is set</source>
        <translation>Configuración de la pasarela SMS: el remitente &quot;%1&quot; no es un número E.164 (+15555550100) y no hay ningún servicio de mensajería configurado</translation>
    </message>
    <message>
        <source>SMS gateway settings: the status callback &quot;%1&quot; is not a URL</source>
        <translation>Configuración de la pasarela SMS: la devolución de llamada de estado &quot;%1&quot; no es una URL</translation>
    </message>
    <message>
        <source>SMS gateway settings: the timeout must be positive</source>
        <translation>Configuración de la pasarela SMS: el tiempo de espera debe ser positivo</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::SmtpSender</name>
    <message>
        <source>Message %1: the recipient is not an email address</source>
        <translation>Mensaje %1: el destinatario no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Message %1: libcurl could not start</source>
        <translation>Mensaje %1: no se pudo iniciar libcurl</translation>
    </message>
    <message>
        <source>%1; last reply: %2</source>
        <translation>%1; última respuesta: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be sent through %2 (%3 step)</source>
        <translation>No se pudo enviar el mensaje %1 a través de %2 (paso %3)</translation>
    </message>
</context>
<context>
    <name>fd::calendar::messaging::SmtpSettings</name>
    <message>
        <source>SMTP settings: the server name &quot;%1&quot; is not a host name</source>
        <translation>Configuración SMTP: el nombre de servidor &quot;%1&quot; no es un nombre de host</translation>
    </message>
    <message>
        <source>SMTP settings: port %1 of %2 is outside 1-65535</source>
        <translation>Configuración SMTP: el puerto %1 de %2 está fuera del rango 1-65535</translation>
    </message>
    <message>
        <source>SMTP settings: %1 would receive messages without TLS; only a loopback test server may</source>
        <translation>Configuración SMTP: %1 recibiría mensajes sin TLS; solo un servidor de prueba local (loopback) puede hacerlo</translation>
    </message>
    <message>
        <source>SMTP settings: the sender address &quot;%1&quot; is not an email address</source>
        <translation>Configuración SMTP: la dirección del remitente &quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>SMTP settings: the CA file %1 cannot be read</source>
        <translation>Configuración SMTP: no se puede leer el archivo de CA %1</translation>
    </message>
    <message>
        <source>SMTP settings: the timeouts of %1 must be positive</source>
        <translation>Configuración SMTP: los tiempos de espera de %1 deben ser positivos</translation>
    </message>
    <message>
        <source>SMTP settings: security &quot;%1&quot; is not starttls, tls or none</source>
        <translation>Configuración SMTP: la seguridad &quot;%1&quot; no es starttls, tls ni none</translation>
    </message>
    <message>
        <source>SMTP settings: auth &quot;%1&quot; is not auto, plain or login</source>
        <translation>Configuración SMTP: la autenticación &quot;%1&quot; no es auto, plain ni login</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CalendarColumnFilter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CalendarPainter</name>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Roomed</source>
        <translation>En consultorio</translation>
    </message>
    <message>
        <source>With provider</source>
        <translation>Con el profesional</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Inasistencia</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>con sobrecupo</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>recurrente</translation>
    </message>
    <message numerus="yes">
        <source>%n appt(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments in these days.</source>
        <translation>No hay citas en estos días.</translation>
    </message>
    <message>
        <source>%1 (overbooked)</source>
        <translation>%1 (con sobrecupo)</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CalendarPinboard</name>
    <message>
        <source>Pinboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Appointments cut from the calendar. Choose one, pick a slot and paste (Ctrl+V).</source>
        <translation>Citas cortadas del calendario. Elija una, seleccione un espacio y péguela (Ctrl+V).</translation>
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
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Cut to Pinboard</source>
        <translation>Cortar al tablero</translation>
    </message>
    <message>
        <source>Paste from Pinboard</source>
        <translation>Pegar desde el tablero</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4, free</source>
        <translation>%1, %2, de %3 a %4, libre</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>The change was not accepted.</source>
        <translation>No se aceptó el cambio.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation>Con sobrecupo</translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation>Parte de una serie recurrente</translation>
    </message>
    <message>
        <source>On the pinboard</source>
        <translation>En el tablero</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::CampaignPreviewDialog</name>
    <message>
        <source>Would be sent</source>
        <translation>Se enviaría</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Waits for the patient&apos;s daytime (%1)</source>
        <translation>Espera el horario diurno del paciente (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Falló (%1)</translation>
    </message>
    <message>
        <source>Skipped: no consent</source>
        <translation>Omitido: sin consentimiento</translation>
    </message>
    <message>
        <source>Skipped: no address or mobile number</source>
        <translation>Omitido: sin dirección ni número de celular</translation>
    </message>
    <message>
        <source>Skipped: the patient&apos;s confidential-communication choice</source>
        <translation>Omitido: la preferencia de comunicación confidencial del paciente</translation>
    </message>
    <message>
        <source>Skipped: texted STOP</source>
        <translation>Omitido: envió STOP por mensaje de texto</translation>
    </message>
    <message>
        <source>Skipped: written to recently</source>
        <translation>Omitido: se le escribió recientemente</translation>
    </message>
    <message>
        <source>Skipped: email or text messages are not set up</source>
        <translation>Omitido: los mensajes de correo electrónico o de texto no están configurados</translation>
    </message>
    <message>
        <source>Skipped: sent by another run</source>
        <translation>Omitido: enviado por otra ejecución</translation>
    </message>
    <message>
        <source>Skipped: the record cannot be opened</source>
        <translation>Omitido: no se puede abrir el expediente</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Omitido (%1)</translation>
    </message>
    <message>
        <source>Recall Campaign Preview</source>
        <translation>Vista previa de campaña de llamadas de control</translation>
    </message>
    <message>
        <source>Recall Campaign</source>
        <translation>Campaña de llamadas de control</translation>
    </message>
    <message>
        <source>%1 recall(s), %2 patient(s): %3 would be written to, %4 wait for daytime, %5 skipped.</source>
        <translation>%1 llamada(s) de control, %2 paciente(s): a %3 se les escribiría, %4 esperan el horario diurno, %5 omitidos.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::ContactDialog</name>
    <message>
        <source>Log Contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Reached the patient</source>
        <translation>Se contactó al paciente</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Se dejó un mensaje</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::DismissDialog</name>
    <message>
        <source>Dismiss Recall</source>
        <translation>Descartar llamada de control</translation>
    </message>
    <message>
        <source>e.g. moved away, seen elsewhere</source>
        <translation>p. ej., se mudó, lo atienden en otro lugar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::RecallListModel</name>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(restringido)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::RecallsDock</name>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>Registrar &amp;contacto…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Programar…</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>C&amp;ampaign…</source>
        <translation>C&amp;ampaña…</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>Due &amp;before</source>
        <translation>Pendientes &amp;antes del</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>not contacted in </source>
        <translation>sin contacto en </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message numerus="yes">
        <source>%n recall(s)</source>
        <translation>
            <numerusform>%n llamada de control</numerusform>
            <numerusform>%n llamadas de control</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a recall first.</source>
        <translation>Seleccione primero una llamada de control.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; names no appointment type to book.</source>
        <translation>El motivo &quot;%1&quot; no indica ningún tipo de cita para reservar.</translation>
    </message>
    <message>
        <source>The reason names no appointment type.</source>
        <translation>El motivo no indica ningún tipo de cita.</translation>
    </message>
    <message>
        <source>Log Contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>Dismiss Recall</source>
        <translation>Descartar llamada de control</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tarifario</translation>
    </message>
    <message>
        <source>No free time of that type in the next 90 days.</source>
        <translation>No hay horarios libres de ese tipo en los próximos 90 días.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>&amp;First free times:</source>
        <translation>&amp;Primeros horarios libres:</translation>
    </message>
    <message>
        <source>Recall Campaign</source>
        <translation>Campaña de llamadas de control</translation>
    </message>
    <message>
        <source>Writing to patients…</source>
        <translation>Escribiendo a los pacientes…</translation>
    </message>
    <message>
        <source>Email and text messages are not set up for the practice (Settings, Reminders): nothing was sent.</source>
        <translation>Los mensajes de correo electrónico y de texto no están configurados para el consultorio (Configuración, Recordatorios): no se envió nada.</translation>
    </message>
</context>
<context>
    <name>fd::calendar::ui::RecallsModule</name>
    <message>
        <source>&amp;Recalls</source>
        <translation>&amp;Llamadas de control</translation>
    </message>
    <message>
        <source>The recall services are not available</source>
        <translation>Los servicios de llamadas de control no están disponibles</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Llamadas de control</translation>
    </message>
    <message>
        <source>Log Recall &amp;Contact…</source>
        <translation>Registrar &amp;contacto de llamada de control…</translation>
    </message>
    <message>
        <source>Recall C&amp;ampaign…</source>
        <translation>C&amp;ampaña de llamadas de control…</translation>
    </message>
</context>
<context>
    <name>fd::cli</name>
    <message>
        <source>unknown command &quot;%1&quot;; see &apos;frontdeskctl --help&apos;</source>
        <translation>comando desconocido &quot;%1&quot;; consulte &apos;frontdeskctl --help&apos;</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos;</source>
        <translation>opción desconocida --%1 para &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option --%1 needs a value (%2)</source>
        <translation>la opción --%1 necesita un valor (%2)</translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: frontdeskctl %1 %2</source>
        <translation>número de argumentos incorrecto; uso: frontdeskctl %1 %2</translation>
    </message>
    <message>
        <source>--%1: not a date or ISO 8601 time: &quot;%2&quot;</source>
        <translation>--%1: no es una fecha ni una hora ISO 8601: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, %2 checkpoints (%3 entries after the last checkpoint are protected by the hash chain alone).
</source>
        <translation>Registro de auditoría íntegro: %1 entradas, %2 puntos de control (%3 entradas posteriores al último punto de control están protegidas solo por la cadena de hash).
</translation>
    </message>
    <message>
        <source>AUDIT TRAIL TAMPERED: first bad entry #%1: %2
</source>
        <translation>REGISTRO DE AUDITORÍA ALTERADO: primera entrada incorrecta #%1: %2
</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit debe ser un número positivo</translation>
    </message>
    <message>
        <source> patient %1</source>
        <translation> paciente %1</translation>
    </message>
    <message>
        <source>Cannot copy the keyring %1 to %2</source>
        <translation>No se puede copiar el llavero %1 en %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE es obligatorio</translation>
    </message>
    <message>
        <source>%1 exists (use --replace to overwrite it)</source>
        <translation>%1 ya existe (use --replace para sobrescribirlo)</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes, encrypted) with its keyring %1.keys
</source>
        <translation>Copia de seguridad escrita en %1 (%2 bytes, cifrada) con su llavero %1.keys
</translation>
    </message>
    <message>
        <source>The database has a new key. New recovery key (the old one no longer works):

    %1

</source>
        <translation>La base de datos tiene una nueva clave. Nueva clave de recuperación (la anterior ya no funciona):

    %1

</translation>
    </message>
    <message>
        <source>Database intact.
</source>
        <translation>Base de datos íntegra.
</translation>
    </message>
    <message>
        <source>Database damaged:
</source>
        <translation>Base de datos dañada:
</translation>
    </message>
    <message>
        <source>--db PATH is required</source>
        <translation>--db PATH es obligatorio</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation>--seed debe ser un número no negativo</translation>
    </message>
    <message>
        <source>--today must be a date as 2026-11-26</source>
        <translation>--today debe ser una fecha como 2026-11-26</translation>
    </message>
    <message>
        <source>A practice database already exists at %1</source>
        <translation>Ya existe una base de datos de consultorio en %1</translation>
    </message>
    <message>
        <source>  %1: %2 in %3 ms
</source>
        <translation>  %1: %2 en %3 ms
</translation>
    </message>
    <message>
        <source>Demo practice (%1, seed %2) created at %3 in %4 s.
</source>
        <translation>Consultorio de demostración (%1, semilla %2) creado en %3 en %4 s.
</translation>
    </message>
    <message>
        <source>Log in as &quot;admin&quot; (or frontdesk, biller, manager, provider) with password %1
</source>
        <translation>Inicie sesión como &quot;admin&quot; (o frontdesk, biller, manager, provider) con la contraseña %1
</translation>
    </message>
    <message>
        <source>from FRONTDESK_PASSWORD</source>
        <translation>de FRONTDESK_PASSWORD</translation>
    </message>
    <message>
        <source>Recovery key: %1
</source>
        <translation>Clave de recuperación: %1
</translation>
    </message>
    <message>
        <source>--version V is required</source>
        <translation>--version V es obligatorio</translation>
    </message>
    <message>
        <source>--effective DATE is required for version &quot;%1&quot;</source>
        <translation>--effective DATE es obligatorio para la versión &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Imported %1 %2 codes as version %3, effective %4.
</source>
        <translation>Se importaron %1 códigos %2 como versión %3, vigente desde %4.
</translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation>%1 códigos</translation>
    </message>
    <message>
        <source>--practice NAME and --admin USER are required</source>
        <translation>--practice NAME y --admin USER son obligatorios</translation>
    </message>
    <message>
        <source>Password for the administrator: </source>
        <translation>Contraseña del administrador: </translation>
    </message>
    <message>
        <source>Created practice &quot;%1&quot; at %2 with administrator %3.
</source>
        <translation>Se creó el consultorio &quot;%1&quot; en %2 con el administrador %3.
</translation>
    </message>
    <message>
        <source>Recovery key (shown once; write it down and keep it offline):

    %1

</source>
        <translation>Clave de recuperación (se muestra una sola vez; anótela y guárdela fuera de línea):

    %1

</translation>
    </message>
    <message>
        <source>It opens the practice if every administrator password is lost (frontdeskctl recover).
</source>
        <translation>Permite abrir el consultorio si se pierden todas las contraseñas de administrador (frontdeskctl recover).
</translation>
    </message>
    <message>
        <source>Practice:   %1
</source>
        <translation>Consultorio:     %1
</translation>
    </message>
    <message>
        <source>Time zone:  %1
</source>
        <translation>Zona horaria:    %1
</translation>
    </message>
    <message>
        <source>NPI:        %1
</source>
        <translation>NPI:             %1
</translation>
    </message>
    <message>
        <source>Tax id:     %1
</source>
        <translation>Id. fiscal:      %1
</translation>
    </message>
    <message>
        <source>Taxonomy:   %1
</source>
        <translation>Taxonomía:       %1
</translation>
    </message>
    <message>
        <source>Billing:    %1, %2, %3 %4
</source>
        <translation>Facturación:     %1, %2, %3 %4
</translation>
    </message>
    <message>
        <source>Database:   %1 (SQLCipher %2)
</source>
        <translation>Base de datos:   %1 (SQLCipher %2)
</translation>
    </message>
    <message>
        <source>No payer &quot;%1&quot;</source>
        <translation>No existe el pagador &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--effective DATE is required</source>
        <translation>--effective DATE es obligatorio</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>Imported %1 fees into &quot;%2&quot;, effective %3.
</source>
        <translation>Se importaron %1 tarifas en &quot;%2&quot;, vigentes desde %3.
</translation>
    </message>
    <message>
        <source>POS %1</source>
        <translation>POS %1</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name es obligatorio</translation>
    </message>
    <message>
        <source>Added location &quot;%1&quot; (%2).
</source>
        <translation>Se agregó la sede &quot;%1&quot; (%2).
</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>--timely-days must be a number of days</source>
        <translation>--timely-days debe ser un número de días</translation>
    </message>
    <message>
        <source>--appeal-days must be a number of days</source>
        <translation>--appeal-days debe ser un número de días</translation>
    </message>
    <message>
        <source>Added payer &quot;%1&quot; (%2).
</source>
        <translation>Se agregó el pagador &quot;%1&quot; (%2).
</translation>
    </message>
    <message>
        <source>referring (outside)</source>
        <translation>remitente (externo)</translation>
    </message>
    <message>
        <source>No location &quot;%1&quot;</source>
        <translation>No existe la sede &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--first, --last and --npi are required</source>
        <translation>--first, --last y --npi son obligatorios</translation>
    </message>
    <message>
        <source>--roles takes rendering, supervising and referring, comma-separated</source>
        <translation>--roles acepta rendering, supervising y referring, separados por comas</translation>
    </message>
    <message>
        <source>Added provider %1 (%2).
</source>
        <translation>Se agregó el profesional %1 (%2).
</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>--role must be one of front_desk, biller, office_manager, administrator, provider</source>
        <translation>--role debe ser uno de front_desk, biller, office_manager, administrator, provider</translation>
    </message>
    <message>
        <source>Added user %1 (%2).
</source>
        <translation>Se agregó el usuario %1 (%2).
</translation>
    </message>
    <message>
        <source>Removed user %1. Run &apos;frontdeskctl rekey&apos; so that their old key opens nothing new.
</source>
        <translation>Se eliminó el usuario %1. Ejecute &apos;frontdeskctl rekey&apos; para que su clave anterior no abra nada nuevo.
</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Contraseña actual: </translation>
    </message>
    <message>
        <source>Password changed for %1.
</source>
        <translation>Se cambió la contraseña de %1.
</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 segment(s)</source>
        <translation>%1 error(es), %2 advertencia(s), %3 segmento(s)</translation>
    </message>
    <message>
        <source>Cannot read password file %1</source>
        <translation>No se puede leer el archivo de contraseña %1</translation>
    </message>
    <message>
        <source>No password: give --password-file, set FRONTDESK_PASSWORD, or run on a terminal</source>
        <translation>Sin contraseña: indique --password-file, defina FRONTDESK_PASSWORD o ejecute en una terminal</translation>
    </message>
    <message>
        <source>No password given</source>
        <translation>No se indicó ninguna contraseña</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nueva contraseña: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Repita la nueva contraseña: </translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>Las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>No practice database at %1</source>
        <translation>No hay ninguna base de datos de consultorio en %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>--format must be csv or fhir, not &quot;%1&quot;</source>
        <translation>--format debe ser csv o fhir, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 audit entries written to %2
</source>
        <translation>%1 entradas de auditoría escritas en %2
</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk</source>
        <translation>No se puede escribir %1 en el disco</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>No se puede copiar %1 a %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>No se puede renombrar %1 a %2</translation>
    </message>
    <message>
        <source>Password for %1 (as it was when the backup was taken): </source>
        <translation>Contraseña de %1 (la que tenía cuando se hizo la copia de seguridad): </translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La copia de seguridad %1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La copia de seguridad %1 está dañada: %2</translation>
    </message>
    <message>
        <source>backup verified: opened as %1, integrity check passed</source>
        <translation>copia de seguridad verificada: abierta como %1, comprobación de integridad superada</translation>
    </message>
    <message>
        <source>--from BACKUP is required</source>
        <translation>Se requiere --from BACKUP</translation>
    </message>
    <message>
        <source>No backup at %1</source>
        <translation>No hay copia de seguridad en %1</translation>
    </message>
    <message>
        <source>No keyring for the backup at %1 (give it with --keys)</source>
        <translation>No hay llavero para la copia de seguridad en %1 (indíquelo con --keys)</translation>
    </message>
    <message>
        <source>Cannot write in %1</source>
        <translation>No se puede escribir en %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3).
</source>
        <translation>%1 restaurado desde %2 (%3).
</translation>
    </message>
    <message>
        <source>The replaced files are kept as %1*.
</source>
        <translation>Los archivos reemplazados se conservan como %1*.
</translation>
    </message>
    <message>
        <source>No recovery key: give --recovery-key-file, set FRONTDESK_RECOVERY_KEY, or run on a terminal</source>
        <translation>No hay clave de recuperación: indique --recovery-key-file, defina FRONTDESK_RECOVERY_KEY o ejecute en una terminal</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>No recovery key given</source>
        <translation>No se indicó ninguna clave de recuperación</translation>
    </message>
    <message>
        <source>New password set for %1. Log in with it; the recovery key stays valid until the next rekey.
</source>
        <translation>Nueva contraseña establecida para %1. Inicie sesión con ella; la clave de recuperación sigue siendo válida hasta el próximo cambio de clave (rekey).
</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD</source>
        <translation>--%1 debe ser una fecha con el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>Se requiere --out DIR</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>No se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1 resources written to %2 (one NDJSON file per type, and bundle.json)
</source>
        <translation>Se escribieron %1 recursos en %2 (un archivo NDJSON por tipo y bundle.json)
</translation>
    </message>
    <message>
        <source>The practice database is not open</source>
        <translation>La base de datos del consultorio no está abierta</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>%1: %2 imported
</source>
        <translation>%1: %2 importados
</translation>
    </message>
    <message>
        <source>%1: %2 skipped (already here or not taken)
</source>
        <translation>%1: %2 omitidos (ya existían o no se aceptaron)
</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 500</source>
        <translation>--limit debe ser un número del 1 al 500</translation>
    </message>
    <message>
        <source> restricted</source>
        <translation> restringido</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.
</source>
        <translation>Ningún paciente coincide con &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>  born %1 (%2), sex %3, %4
</source>
        <translation>  nac. %1 (%2), sexo %3, %4
</translation>
    </message>
    <message>
        <source>  address: %1
</source>
        <translation>  dirección: %1
</translation>
    </message>
    <message>
        <source>  phone (%1): %2
</source>
        <translation>  teléfono (%1): %2
</translation>
    </message>
    <message>
        <source>  email: %1
</source>
        <translation>  correo electrónico: %1
</translation>
    </message>
    <message>
        <source>  alert: %1
</source>
        <translation>  alerta: %1
</translation>
    </message>
    <message>
        <source>--csv FILE is required</source>
        <translation>Se requiere --csv FILE</translation>
    </message>
    <message>
        <source>%1: %2 patients can be imported; nothing was written.
</source>
        <translation>%1: se pueden importar %2 pacientes; no se escribió nada.
</translation>
    </message>
    <message>
        <source>Imported %1 patients (%2 coverages) from %3 in %4 s; %5 possible duplicates queued for review.
</source>
        <translation>Se importaron %1 pacientes (%2 coberturas) desde %3 en %4 s; %5 posibles duplicados en espera de revisión.
</translation>
    </message>
    <message>
        <source>%1 exists; choose another file or pass --force</source>
        <translation>%1 ya existe; elija otro archivo o use --force</translation>
    </message>
    <message>
        <source>Exported %1 patients to %2.
</source>
        <translation>Se exportaron %1 pacientes a %2.
</translation>
    </message>
    <message>
        <source>  coverage %1: %2, member id %3, from %4
</source>
        <translation>  cobertura %1: %2, id. de afiliado %3, desde %4
</translation>
    </message>
    <message>
        <source>  no ledger entries
</source>
        <translation>  no hay asientos en el libro mayor
</translation>
    </message>
    <message>
        <source>insurance pending %1, patient owes %2, unapplied credit %3, balance %4
</source>
        <translation>pendiente del seguro %1, adeuda el paciente %2, crédito sin aplicar %3, saldo %4
</translation>
    </message>
    <message>
        <source>--amount must be an amount such as 25.00</source>
        <translation>--amount debe ser un importe como 25.00</translation>
    </message>
    <message>
        <source>--method must be cash, check or card</source>
        <translation>--method debe ser cash, check o card</translation>
    </message>
    <message>
        <source>--client-id must be a UUID</source>
        <translation>--client-id debe ser un UUID</translation>
    </message>
    <message>
        <source>Recorded %1 %2 payment %3 for #%4; unapplied credit %5, patient owes %6.
</source>
        <translation>Se registró el pago %3 de %1 (%2) para #%4; crédito sin aplicar %5, adeuda el paciente %6.
</translation>
    </message>
    <message>
        <source>%1 %2 %3: entries say %4, stored %5
</source>
        <translation>%1 %2 %3: según los asientos %4, guardado %5
</translation>
    </message>
    <message>
        <source>%1 entries, %2 service lines checked: %3
</source>
        <translation>Se revisaron %1 asientos y %2 líneas de servicio: %3
</translation>
    </message>
    <message>
        <source>every balance matches</source>
        <translation>todos los saldos coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n diferencia</numerusform>
            <numerusform>%n diferencias</numerusform>
        </translation>
    </message>
    <message>
        <source>new patient</source>
        <translation>paciente nuevo</translation>
    </message>
    <message>
        <source>matches #%1 %2</source>
        <translation>coincide con #%1 %2</translation>
    </message>
    <message>
        <source>Intake %1 from %2 is waiting for review: %3, born %4, %5.
</source>
        <translation>El formulario de admisión %1 de %2 está pendiente de revisión: %3, nac. %4, %5.
</translation>
    </message>
    <message>
        <source>--status must be pending, accepted or rejected</source>
        <translation>--status debe ser pending, accepted o rejected</translation>
    </message>
    <message>
        <source>No %1 intakes.
</source>
        <translation>No hay formularios de admisión con estado %1.
</translation>
    </message>
    <message>
        <source>ENTRY_ID must be a ledger entry id (a UUID), not &quot;%1&quot;</source>
        <translation>ENTRY_ID debe ser el id de un asiento del libro de cuentas (un UUID), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--out must name the receipt&apos;s file, ending in .pdf or .png</source>
        <translation>--out debe indicar el archivo del recibo, terminado en .pdf o .png</translation>
    </message>
    <message>
        <source>Wrote receipt %1 (copy) for a %2 payment to %3.
</source>
        <translation>Se escribió el recibo %1 (copia) de un pago de %2 a %3.
</translation>
    </message>
    <message>
        <source>The payment was reversed; the receipt says so.
</source>
        <translation>El pago se revirtió; el recibo lo indica.
</translation>
    </message>
    <message>
        <source>--from and --to are required (YYYY-MM-DD)</source>
        <translation>--from y --to son obligatorios (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--to must not be before --from</source>
        <translation>--to no debe ser anterior a --from</translation>
    </message>
    <message>
        <source>  (overbooked)</source>
        <translation>  (con sobrecupo)</translation>
    </message>
    <message>
        <source>%1 appointment(s)
</source>
        <translation>%1 cita(s)
</translation>
    </message>
    <message>
        <source>--patient, --provider, --type and --start are required</source>
        <translation>--patient, --provider, --type y --start son obligatorios</translation>
    </message>
    <message>
        <source>--start must be a local date and time as YYYY-MM-DDTHH:MM</source>
        <translation>--start debe ser una fecha y hora locales con el formato YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>--overbook needs the reason</source>
        <translation>--overbook necesita el motivo</translation>
    </message>
    <message>
        <source>the provider works at %1 locations: choose one with --location</source>
        <translation>el profesional trabaja en %1 ubicaciones: elija una con --location</translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation>No existe la ubicación %1.</translation>
    </message>
    <message>
        <source>%1 does not exist at the location (the clocks skip that hour).</source>
        <translation>%1 no existe en la ubicación (los relojes se saltan esa hora).</translation>
    </message>
    <message>
        <source>Booked %1 at %2 (%3 min)%4.
</source>
        <translation>Se programó %1 el %2 (%3 min)%4.
</translation>
    </message>
    <message>
        <source>, overbooked</source>
        <translation>, con sobrecupo</translation>
    </message>
    <message>
        <source>The practice has no appointment types yet.</source>
        <translation>El consultorio aún no tiene tipos de cita.</translation>
    </message>
    <message>
        <source>--limit must be from 1 to 500</source>
        <translation>--limit debe ser de 1 a 500</translation>
    </message>
    <message>
        <source>--day-parts takes morning, afternoon and evening</source>
        <translation>--day-parts acepta morning, afternoon y evening</translation>
    </message>
    <message>
        <source>%1 slot(s) for %2 (%3 min)
</source>
        <translation>%1 espacio(s) para %2 (%3 min)
</translation>
    </message>
    <message>
        <source>--provider, --from, --to and --out are required</source>
        <translation>--provider, --from, --to y --out son obligatorios</translation>
    </message>
    <message>
        <source>--format %1 is not known (ics)</source>
        <translation>--format %1 no es conocido (ics)</translation>
    </message>
    <message>
        <source>Exported %1 appointment(s) to %2.
</source>
        <translation>Se exportaron %1 cita(s) a %2.
</translation>
    </message>
    <message>
        <source>line %1 (%2) is not CODE[:MOD...][xUNITS][@P.P...]</source>
        <translation>la línea %1 (%2) no es CODE[:MOD...][xUNITS][@P.P...]</translation>
    </message>
    <message>
        <source>--dx is required (ICD-10-CM codes, comma-separated)</source>
        <translation>--dx es obligatorio (códigos ICD-10-CM, separados por comas)</translation>
    </message>
    <message>
        <source>without --appointment, --patient and --lines are required</source>
        <translation>sin --appointment, --patient y --lines son obligatorios</translation>
    </message>
    <message>
        <source>Entered %1 line(s) for %2 on %3: %4 (encounter %5).
</source>
        <translation>Se ingresaron %1 línea(s) para %2 el %3: %4 (encuentro %5).
</translation>
    </message>
    <message>
        <source>  held: %1</source>
        <translation>  retenido: %1</translation>
    </message>
    <message>
        <source>%1 unbilled charge(s)
</source>
        <translation>%1 cargo(s) sin facturar
</translation>
    </message>
    <message>
        <source>%1 claim(s) built, %2 charge(s) held
</source>
        <translation>%1 reclamación(es) generada(s), %2 cargo(s) retenido(s)
</translation>
    </message>
    <message>
        <source>--status is one of draft, ready, submitted, accepted, rejected</source>
        <translation>--status es uno de draft, ready, submitted, accepted, rejected</translation>
    </message>
    <message>
        <source>%1 claim(s)
</source>
        <translation>%1 reclamación(es)
</translation>
    </message>
    <message>
        <source>give claim ids or --all (every draft)</source>
        <translation>indique ids de reclamaciones o --all (todos los borradores)</translation>
    </message>
    <message>
        <source>%1 claim(s) ready
</source>
        <translation>%1 reclamación(es) lista(s)
</translation>
    </message>
    <message>
        <source>--format 837 is the only format</source>
        <translation>--format 837 es el único formato</translation>
    </message>
    <message>
        <source>Wrote %1 claim(s) to %2 (interchange %3, group %4); they are submitted.
</source>
        <translation>Se escribieron %1 reclamación(es) en %2 (intercambio %3, grupo %4); quedan enviadas.
</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>LATE %1 min</source>
        <translation>TARDE %1 min</translation>
    </message>
    <message>
        <source>%1 appointment(s) on %2
</source>
        <translation>%1 cita(s) el %2
</translation>
    </message>
    <message>
        <source>STATUS must be confirmed, arrived, roomed, with_provider, checked_out or no_show, not &apos;%1&apos;</source>
        <translation>STATUS debe ser confirmed, arrived, roomed, with_provider, checked_out o no_show, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Appointment %1 is now %2
</source>
        <translation>La cita %1 ahora está en %2
</translation>
    </message>
    <message>
        <source>--copay must be a whole number of cents (2500 for $25.00), not &apos;%1&apos;</source>
        <translation>--copay debe ser un número entero de centavos (2500 para $25.00), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--method must be cash, card or check, not &apos;%1&apos;</source>
        <translation>--method debe ser cash, card o check, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--method needs --copay</source>
        <translation>--method requiere --copay</translation>
    </message>
    <message>
        <source>Checked in: appointment %1 is %2
</source>
        <translation>Registro de llegada: la cita %1 está en %2
</translation>
    </message>
    <message>
        <source>Copay %1 (%2) recorded as unapplied credit, ledger entry %3
</source>
        <translation>Copago %1 (%2) registrado como crédito sin aplicar, asiento del libro de cuentas %3
</translation>
    </message>
    <message>
        <source>This client id was seen before: nothing new was recorded.
</source>
        <translation>Este id de cliente ya se había visto: no se registró nada nuevo.
</translation>
    </message>
    <message>
        <source>Client id %1
</source>
        <translation>Id de cliente %1
</translation>
    </message>
    <message>
        <source>--not-contacted must be a number of days</source>
        <translation>--not-contacted debe ser un número de días</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(restringido)</translation>
    </message>
    <message>
        <source>%1 recall(s)
</source>
        <translation>%1 llamada(s) de control
</translation>
    </message>
    <message>
        <source>--due is required (YYYY-MM-DD)</source>
        <translation>--due es obligatorio (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>recall %1 added, due %2
</source>
        <translation>llamada de control %1 agregada, pendiente para %2
</translation>
    </message>
    <message>
        <source>--reason is required: say why the recall is dismissed</source>
        <translation>--reason es obligatorio: indique por qué se descarta la llamada de control</translation>
    </message>
    <message>
        <source>recall %1 dismissed
</source>
        <translation>llamada de control %1 descartada
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>%1 recall(s), %2 patient(s): %3 sent, %4 would be sent, %5 deferred, %6 skipped, %7 failed
</source>
        <translation>%1 llamada(s) de control, %2 paciente(s): %3 enviados, %4 se enviarían, %5 diferidos, %6 omitidos, %7 fallidos
</translation>
    </message>
    <message>
        <source>--resend-days must be a whole number of days, at least 1</source>
        <translation>--resend-days debe ser un número entero de días, al menos 1</translation>
    </message>
    <message>
        <source>--at &quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM, optionally with Z or an offset)</source>
        <translation>--at &quot;%1&quot; no es una fecha y hora (YYYY-MM-DDTHH:MM, opcionalmente con Z o un desfase)</translation>
    </message>
    <message>
        <source>problem: </source>
        <translation>problema: </translation>
    </message>
    <message>
        <source>%1 appointments: %2 sent, %3 would be sent, %4 failed, %5 deferred, %6 skipped
</source>
        <translation>%1 citas: %2 enviados, %3 se enviarían, %4 fallidos, %5 diferidos, %6 omitidos
</translation>
    </message>
    <message>
        <source>give one of --email ADDRESS or --sms NUMBER</source>
        <translation>indique uno de --email ADDRESS o --sms NUMBER</translation>
    </message>
    <message>
        <source>Test message sent.
</source>
        <translation>Mensaje de prueba enviado.
</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4
</source>
        <translation>línea %1: %2 %3 %4
</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>ya importado</translation>
    </message>
    <message>
        <source>for staff: </source>
        <translation>para el personal: </translation>
    </message>
    <message>
        <source>%1 replies read, %2 imported, %3 imported before
</source>
        <translation>%1 respuestas leídas, %2 importadas, %3 importadas anteriormente
</translation>
    </message>
    <message>
        <source>%1 callbacks read, %2 applied, %3 for unknown messages
</source>
        <translation>%1 devoluciones de llamada leídas, %2 aplicadas, %3 para mensajes desconocidos
</translation>
    </message>
    <message>
        <source>--channel is email or sms</source>
        <translation>--channel es email o sms</translation>
    </message>
    <message>
        <source>--status is queued, sent, delivered, undelivered, failed or skipped</source>
        <translation>--status es queued, sent, delivered, undelivered, failed o skipped</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>--%1 is on or off, not &quot;%2&quot;</source>
        <translation>--%1 es on u off, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--schedules: &quot;%1&quot; has no &apos;=&apos; (TYPE[/GROUP]=3d:email+sms,...)</source>
        <translation>--schedules: &quot;%1&quot; no tiene &apos;=&apos; (TYPE[/GROUP]=3d:email+sms,...)</translation>
    </message>
    <message>
        <source>--schedules: %1</source>
        <translation>--schedules: %1</translation>
    </message>
    <message>
        <source>--smtp-port is a number</source>
        <translation>--smtp-port es un número</translation>
    </message>
    <message>
        <source>--smtp-security is starttls, tls or none, not &quot;%1&quot;</source>
        <translation>--smtp-security es starttls, tls o none, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2 already imported on %3; nothing changed.
</source>
        <translation>%1: %2 ya se importó el %3; no se cambió nada.
</translation>
    </message>
    <message>
        <source>%1: batch %2 (group %3) %4: %5
</source>
        <translation>%1: lote %2 (grupo %3) %4: %5
</translation>
    </message>
    <message>
        <source>%1: claim %2 %3%4: %5 %6
</source>
        <translation>%1: reclamación %2 %3%4: %5 %6
</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 claim(s), %4 rejection(s) queued
</source>
        <translation>%1: %2 importado, %3 reclamación(es), %4 rechazo(s) en cola
</translation>
    </message>
    <message>
        <source>%1 rejection(s)
</source>
        <translation>%1 rechazo(s)
</translation>
    </message>
    <message>
        <source>--note TEXT is required (why the rejection is resolved)</source>
        <translation>--note TEXT es obligatorio (por qué se resuelve el rechazo)</translation>
    </message>
    <message>
        <source>Claim %1: charges moved to the new draft claim %2; correct it and send it again.
</source>
        <translation>Reclamación %1: los cargos pasaron a la nueva reclamación en borrador %2; corríjala y vuelva a enviarla.
</translation>
    </message>
    <message>
        <source>Claim %1: rejection resolved.
</source>
        <translation>Reclamación %1: rechazo resuelto.
</translation>
    </message>
    <message>
        <source>name the claims: --claims CLAIM,CLAIM (ids or claim numbers)</source>
        <translation>indique las reclamaciones: --claims CLAIM,CLAIM (ids o números de reclamación)</translation>
    </message>
    <message>
        <source>Wrote a 276 for %1 claim(s) to %2 (interchange %3).
</source>
        <translation>Se escribió un 276 para %1 reclamación(es) en %2 (intercambio %3).
</translation>
    </message>
    <message>
        <source>Could not write the claim forms to %1: %2</source>
        <translation>No se pudieron escribir los formularios de reclamación en %1: %2</translation>
    </message>
    <message>
        <source>--claims must name at least one claim id (comma-separated)</source>
        <translation>--claims debe indicar al menos un id de reclamación (separados por comas)</translation>
    </message>
    <message>
        <source>--out must name the PDF to write, ending in .pdf</source>
        <translation>--out debe indicar el PDF que se escribirá, terminado en .pdf</translation>
    </message>
    <message>
        <source>Wrote %1 CMS-1500 page(s) for %2 claim(s) to %3.
</source>
        <translation>Se escribieron %1 página(s) CMS-1500 para %2 reclamación(es) en %3.
</translation>
    </message>
    <message>
        <source>%1  %2 error(s), %3 warning(s)
</source>
        <translation>%1  %2 error(es), %3 advertencia(s)
</translation>
    </message>
    <message>
        <source> (acknowledged)</source>
        <translation> (reconocida)</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>corrección: %1</translation>
    </message>
    <message>
        <source>%1 claim(s) scrubbed, %2 clean
</source>
        <translation>%1 reclamación(es) revisada(s), %2 sin hallazgos
</translation>
    </message>
    <message>
        <source>%1: warning %2 acknowledged; the claim can go to ready
</source>
        <translation>%1: advertencia %2 reconocida; la reclamación puede pasar a lista
</translation>
    </message>
    <message>
        <source>%1: warning %2 acknowledged; the claim has more to correct or acknowledge
</source>
        <translation>%1: advertencia %2 reconocida; a la reclamación le queda más por corregir o reconocer
</translation>
    </message>
    <message>
        <source>%1: %2 NCCI edit(s), %3 new, %4 updated
</source>
        <translation>%1: %2 edición(es) NCCI, %3 nueva(s), %4 actualizada(s)
</translation>
    </message>
    <message>
        <source>No payer is &apos;%1&apos; (give its id, name or payer id).</source>
        <translation>No hay ningún pagador &apos;%1&apos; (indique su id, su nombre o su id de pagador).</translation>
    </message>
    <message>
        <source>%1 payers match &apos;%2&apos;: give the payer&apos;s id.</source>
        <translation>%1 pagadores coinciden con &apos;%2&apos;: indique el id del pagador.</translation>
    </message>
    <message>
        <source>--require-referring takes yes or no</source>
        <translation>--require-referring acepta yes o no</translation>
    </message>
    <message>
        <source>%1: claims need a referring provider
</source>
        <translation>%1: las reclamaciones requieren un profesional que refiere
</translation>
    </message>
    <message>
        <source>%1: claims need no referring provider
</source>
        <translation>%1: las reclamaciones no requieren un profesional que refiere
</translation>
    </message>
    <message>
        <source>--%1: %2 cannot be read: %3</source>
        <translation>--%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>--%1: %2 is empty</source>
        <translation>--%1: %2 está vacío</translation>
    </message>
    <message>
        <source>--%1 is a whole number, not &quot;%2&quot;</source>
        <translation>--%1 es un número entero, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--mode is sftp or folder, not &quot;%1&quot;</source>
        <translation>--mode es sftp o folder, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--auth is password or key, not &quot;%1&quot;</source>
        <translation>--auth es password o key, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source> (host key %1 matches the pin)</source>
        <translation> (la clave de host %1 coincide con la clave fijada)</translation>
    </message>
    <message>
        <source>; %1 file(s) there.
</source>
        <translation>; %1 archivo(s) allí.
</translation>
    </message>
    <message>
        <source>Sent %1 claim(s) as %2 (interchange %3, group %4) to %5; they are submitted.
</source>
        <translation>Se enviaron %1 reclamación(es) como %2 (intercambio %3, grupo %4) a %5; quedan enviadas.
</translation>
    </message>
    <message>
        <source>Batch %1 (%2) was not delivered: %3
Its %4 claim(s) stay ready; submit again to send them in a new batch.
</source>
        <translation>El lote %1 (%2) no se entregó: %3
Sus %4 reclamación(es) siguen listas; vuelva a enviar para mandarlas en un lote nuevo.
</translation>
    </message>
    <message>
        <source>%1 batch(es)
</source>
        <translation>%1 lote(s)
</translation>
    </message>
    <message>
        <source>Coverage %1: %2%3
</source>
        <translation>Cobertura %1: %2%3
</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The patient has no insurance in effect today.</source>
        <translation>El paciente no tiene seguro vigente hoy.</translation>
    </message>
    <message>
        <source>give --write-270 or --import-271, not both</source>
        <translation>indique --write-270 o --import-271, no ambos</translation>
    </message>
    <message>
        <source>PATIENT (id or account number) is required</source>
        <translation>PATIENT (id o número de cuenta) es obligatorio</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Wrote the 270 (trace %1) to %2; import the payer&apos;s 271 with --import-271.
</source>
        <translation>Se escribió el 270 (rastreo %1) en %2; importe el 271 del pagador con --import-271.
</translation>
    </message>
    <message>
        <source>--skip-days is a number of days (0 or more)</source>
        <translation>--skip-days es un número de días (0 o más)</translation>
    </message>
    <message>
        <source>%1 appointment(s): %2 checked, %3 checked recently, %4 error(s), %5 not checked
</source>
        <translation>%1 cita(s): %2 consultada(s), %3 consultada(s) recientemente, %4 error(es), %5 sin consultar
</translation>
    </message>
    <message>
        <source>  verified by phone</source>
        <translation>  verificado por teléfono</translation>
    </message>
    <message>
        <source>eligibility endpoint set|show</source>
        <translation>eligibility endpoint set|show</translation>
    </message>
    <message>
        <source>give the files to import, or --fetch or --fetched</source>
        <translation>indique los archivos que se importarán, o --fetch o --fetched</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n new acknowledgment file(s) from the clearinghouse.
</source>
        <translation>
            <numerusform>Se descargó %n archivo nuevo de acuse de recibo de la cámara de compensación.
</numerusform>
            <numerusform>Se descargaron %n archivos nuevos de acuse de recibo de la cámara de compensación.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:   %2
</source>
        <translation>%1:   %2
</translation>
    </message>
    <message>
        <source>%1: not imported: %2
</source>
        <translation>%1: no importado: %2
</translation>
    </message>
    <message numerus="yes">
        <source>%n fetched file(s) could not be imported; they stay fetched and are tried again by the next acks import --fetched.
</source>
        <translation>
            <numerusform>%n archivo obtenido no se pudo importar; queda obtenido y se vuelve a intentar en el próximo acks import --fetched.
</numerusform>
            <numerusform>%n archivos obtenidos no se pudieron importar; quedan obtenidos y se vuelven a intentar en el próximo acks import --fetched.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The clearinghouse %1 answered with a 277 imported before (%2); nothing changed.
</source>
        <translation>La cámara de compensación %1 respondió con un 277 ya importado (%2); no cambió nada.
</translation>
    </message>
    <message>
        <source>Claim %1 (%2): payer status %3 %4%5
</source>
        <translation>Reclamación %1 (%2): estado del pagador %3 %4%5
</translation>
    </message>
    <message>
        <source>; payer claim number %1</source>
        <translation>; número de reclamación del pagador %1</translation>
    </message>
    <message>
        <source>Claim %1: the 277 says nothing about it.
</source>
        <translation>Reclamación %1: el 277 no dice nada de ella.
</translation>
    </message>
    <message>
        <source>Sent a 276 for %1 claim(s) to %2 (interchange %3); the 277 answer is recorded.
</source>
        <translation>Se envió un 276 para %1 reclamación(es) a %2 (intercambio %3); la respuesta 277 quedó registrada.
</translation>
    </message>
    <message>
        <source>give --out FILE to write the 276, or --realtime to send it to the clearinghouse</source>
        <translation>indique --out FILE para escribir el 276, o --realtime para enviarlo a la cámara de compensación</translation>
    </message>
    <message>
        <source>with --realtime the sender, receiver and test flag come from the eligibility endpoint</source>
        <translation>con --realtime el remitente, el receptor y la marca de prueba se toman del punto de acceso de elegibilidad</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>  sending for %1</source>
        <translation>  enviándose desde hace %1</translation>
    </message>
    <message>
        <source>%1 is not at %2 (the clearinghouse may have taken it away already).
</source>
        <translation>%1 no está en %2 (puede que la cámara de compensación ya lo haya retirado).
</translation>
    </message>
    <message>
        <source>%1 is at %2 with %3 bytes (this batch&apos;s own size was not recorded).
</source>
        <translation>%1 está en %2 con %3 bytes (no se registró el tamaño propio de este lote).
</translation>
    </message>
    <message>
        <source>%1 is at %2 with %3 bytes; the batch has %4: %5.
</source>
        <translation>%1 está en %2 con %3 bytes; el lote tiene %4: %5.
</translation>
    </message>
    <message>
        <source>the right size</source>
        <translation>el tamaño correcto</translation>
    </message>
    <message>
        <source>NOT the right size</source>
        <translation>NO el tamaño correcto</translation>
    </message>
    <message>
        <source>Batch %1 (%2) settled as delivered: its %3 claim(s) are submitted.
</source>
        <translation>Lote %1 (%2) cerrado como entregado: sus %3 reclamación(es) quedan enviadas.
</translation>
    </message>
    <message>
        <source>Batch %1 (%2) settled as not delivered: its %3 claim(s) are ready to go in a new batch; its control numbers stay used.
</source>
        <translation>Lote %1 (%2) cerrado como no entregado: sus %3 reclamación(es) quedan listas para ir en un lote nuevo; sus números de control siguen usados.
</translation>
    </message>
    <message>
        <source>give --uploaded or --failed, not both</source>
        <translation>indique --uploaded o --failed, no ambos</translation>
    </message>
    <message>
        <source>give --uploaded or --failed (what the clearinghouse said), or --check</source>
        <translation>indique --uploaded o --failed (lo que dijo la cámara de compensación), o --check</translation>
    </message>
    <message>
        <source>--reason TEXT is required (what the clearinghouse said)</source>
        <translation>--reason TEXT es obligatorio (lo que dijo la cámara de compensación)</translation>
    </message>
    <message>
        <source>%1 is at the clearinghouse with the right size, so the batch was delivered; settle it with --uploaded. Nothing was changed.</source>
        <translation>%1 está en la cámara de compensación con el tamaño correcto, así que el lote se entregó; ciérrelo con --uploaded. No se cambió nada.</translation>
    </message>
    <message>
        <source>--lines needs line numbers or claim line ids: --lines 1,3</source>
        <translation>--lines necesita números de línea o ids de líneas de reclamación: --lines 1,3</translation>
    </message>
    <message>
        <source>It asks about %1 service line(s) (loop 2210).
</source>
        <translation>Pregunta por %1 línea(s) de servicio (bucle 2210).
</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importado %1</translation>
    </message>
    <message>
        <source>set aside %1 by %2: %3</source>
        <translation>apartado %1 por %2: %3</translation>
    </message>
    <message>
        <source>waiting for acks import --fetched</source>
        <translation>esperando acks import --fetched</translation>
    </message>
    <message>
        <source>%1 fetched file(s)
</source>
        <translation>%1 archivo(s) obtenido(s)
</translation>
    </message>
    <message>
        <source>--reason TEXT is required (why the file is set aside)</source>
        <translation>--reason TEXTO es obligatorio (por qué se aparta el archivo)</translation>
    </message>
    <message>
        <source>%1 is set aside: acks import --fetch and --fetched skip it until acks take-back %2.
</source>
        <translation>%1 está apartado: acks import --fetch y --fetched lo omiten hasta acks take-back %2.
</translation>
    </message>
    <message>
        <source>%1 is taken back: the next acks import --fetched tries it again.
</source>
        <translation>%1 se ha recuperado: el próximo acks import --fetched lo intenta de nuevo.
</translation>
    </message>
    <message>
        <source>Scrubbed as built: %1 with errors, %2 with warnings to acknowledge (claims scrub shows the findings)
</source>
        <translation>Revisadas al crearse: %1 con errores, %2 con advertencias por aceptar (claims scrub muestra los hallazgos)
</translation>
    </message>
</context>
<context>
    <name>fd::demo</name>
    <message>
        <source>Unknown demo size &quot;%1&quot; (small, medium or large)</source>
        <translation>Tamaño de demostración desconocido &quot;%1&quot; (small, medium o large)</translation>
    </message>
    <message>
        <source>Demo data for %1 failed</source>
        <translation>Error al generar los datos de demostración para %1</translation>
    </message>
</context>
<context>
    <name>fd::desktop::DesktopApp</name>
    <message>
        <source>Set FRONTDESK_USER and FRONTDESK_PASSWORD to log in without the dialog</source>
        <translation>Defina FRONTDESK_USER y FRONTDESK_PASSWORD para iniciar sesión sin el cuadro de diálogo</translation>
    </message>
    <message>
        <source>The practice profile service is missing</source>
        <translation>Falta el servicio de perfil del consultorio</translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1</source>
        <translation>No se puede guardar la captura de pantalla en %1</translation>
    </message>
</context>
<context>
    <name>fd::desktop::FirstRunWizard</name>
    <message>
        <source>Set Up Frontdesk — %1</source>
        <translation>Configurar Frontdesk — %1</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Su consultorio</translation>
    </message>
    <message>
        <source>These appear on claims and statements; an office manager can change them later.</source>
        <translation>Estos datos aparecen en las reclamaciones y los estados de cuenta; un gerente de oficina puede cambiarlos más adelante.</translation>
    </message>
    <message>
        <source>10 digits (organization NPI)</source>
        <translation>10 dígitos (NPI de la organización)</translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation>12-3456789</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>Nombre del &amp;consultorio:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;NPI:</source>
        <translation>&amp;NPI:</translation>
    </message>
    <message>
        <source>Ta&amp;x id (EIN):</source>
        <translation>ID &amp;fiscal (EIN):</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>The first user manages the others. The password must have at least 12 characters.</source>
        <translation>El primer usuario administra a los demás. La contraseña debe tener al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>Create Practice</source>
        <translation>Crear consultorio</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>This key opens the practice if every password is lost. It is shown only now: write it down and keep it locked away, not on this computer.</source>
        <translation>Esta clave abre el consultorio si se pierden todas las contraseñas. Solo se muestra ahora: anótela y guárdela bajo llave, no en esta computadora.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>La he &amp;anotado</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s username and name.</source>
        <translation>Ingrese el nombre de usuario y el nombre del administrador.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>fd::desktop::LoginDialog</name>
    <message>
        <source>Frontdesk — Log In</source>
        <translation>Frontdesk — Iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to Frontdesk&lt;/b&gt;&lt;br/&gt;Practice file: %1</source>
        <translation>&lt;b&gt;Iniciar sesión en Frontdesk&lt;/b&gt;&lt;br/&gt;Archivo del consultorio: %1</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>C&amp;ódigo del autenticador:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>A practice file is damaged and was not changed: %1</source>
        <translation>Un archivo del consultorio está dañado y no se modificó: %1</translation>
    </message>
    <message>
        <source>No practice found: %1</source>
        <translation>No se encontró ningún consultorio: %1</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Ingrese su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Ingrese el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
</context>
<context>
    <name>fd::desktop::main</name>
    <message>
        <source>Frontdesk: front-office software for medical practices</source>
        <translation>Frontdesk: software administrativo para consultorios médicos</translation>
    </message>
    <message>
        <source>The practice database (created on first run; default: practice.db in the user&apos;s data folder).</source>
        <translation>La base de datos del consultorio (se crea en la primera ejecución; predeterminada: practice.db en la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>Log in from FRONTDESK_USER/FRONTDESK_PASSWORD, save the window as a PNG and exit.</source>
        <translation>Iniciar sesión con FRONTDESK_USER/FRONTDESK_PASSWORD, guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1440x900).</source>
        <translation>Tamaño de la ventana para --screenshot (predeterminado: 1440x900).</translation>
    </message>
    <message>
        <source>Use this language (en, es) for this run.</source>
        <translation>Usar este idioma (en, es) en esta ejecución.</translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) for this run.</source>
        <translation>Usar este tema (system, light, dark) en esta ejecución.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>--size must look like 1440x900</source>
        <translation>--size debe tener la forma 1440x900</translation>
    </message>
</context>
<context>
    <name>fd::fhir</name>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un arreglo</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>Bundle entry %1: a resource needs a resourceType and a valid id (&quot;%2&quot;)</source>
        <translation>Entrada %1 del Bundle: un recurso necesita un resourceType y un id válido (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Bundle entry %1: %2 is already in the bundle</source>
        <translation>Entrada %1 del Bundle: %2 ya está en el Bundle</translation>
    </message>
    <message>
        <source>Bundle.resourceType: expected &quot;Bundle&quot;</source>
        <translation>Bundle.resourceType: se esperaba &quot;Bundle&quot;</translation>
    </message>
    <message>
        <source>Bundle.entry: expected an array</source>
        <translation>Bundle.entry: se esperaba una matriz</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1.resource: expected a resource object</source>
        <translation>%1.resource: se esperaba un objeto de recurso</translation>
    </message>
    <message>
        <source>%1.resource: a resource needs a resourceType and an id</source>
        <translation>%1.resource: un recurso necesita un resourceType y un id</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Bundle.entry[%2]</source>
        <translation>%1 Bundle.entry[%2]</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <source>%1: not JSON (%2)</source>
        <translation>%1: no es JSON (%2)</translation>
    </message>
    <message>
        <source>%1: expected a resource or a Bundle</source>
        <translation>%1: se esperaba un recurso o un Bundle</translation>
    </message>
    <message>
        <source>%1: the object has no resourceType</source>
        <translation>%1: el objeto no tiene resourceType</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>An NDJSON line must hold a resource with a resourceType</source>
        <translation>Una línea NDJSON debe contener un recurso con resourceType</translation>
    </message>
    <message>
        <source>Cannot write NDJSON</source>
        <translation>No se puede escribir el NDJSON</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at column %3)</source>
        <translation>%1: no es JSON (%2 en la columna %3)</translation>
    </message>
    <message>
        <source>%1: expected one JSON object per line</source>
        <translation>%1: se esperaba un objeto JSON por línea</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>obligatorio pero ausente</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <source>an empty string is not allowed</source>
        <translation>no se permite una cadena vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code</source>
        <translation>&quot;%1&quot; no es un código válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>required but empty</source>
        <translation>obligatorio pero vacío</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FHIR dateTime</source>
        <translation>&quot;%1&quot; no es un dateTime de FHIR</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>se esperaba &quot;%1&quot;, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (1-64 letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>&quot;%1&quot; no es un id válido (1-64 letras, dígitos, &apos;-&apos; y &apos;.&apos;)</translation>
    </message>
</context>
<context>
    <name>fd::patients</name>
    <message>
        <source>Merge duplicate patient records</source>
        <translation>Fusionar registros de pacientes duplicados</translation>
    </message>
    <message>
        <source>Undo a merge of patient records</source>
        <translation>Deshacer una fusión de registros de pacientes</translation>
    </message>
    <message>
        <source>Import patients from files</source>
        <translation>Importar pacientes desde archivos</translation>
    </message>
    <message>
        <source>Export patient records to files</source>
        <translation>Exportar registros de pacientes a archivos</translation>
    </message>
    <message>
        <source>The account number sequence is missing.</source>
        <translation>Falta la secuencia de números de cuenta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account number (1 to 20 letters, digits and dashes).</source>
        <translation>&quot;%1&quot; no es un número de cuenta (de 1 a 20 letras, dígitos y guiones).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or MM/DD/YYYY).</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD o MM/DD/AAAA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex for claims (M, F or U).</source>
        <translation>&quot;%1&quot; no es un sexo válido para reclamaciones (M, F o U).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, inactive or deceased).</source>
        <translation>&quot;%1&quot; no es un estado válido (active, inactive o deceased).</translation>
    </message>
    <message>
        <source>the account number %1 belongs to an existing patient.</source>
        <translation>el número de cuenta %1 pertenece a un paciente existente.</translation>
    </message>
    <message>
        <source>a coverage needs the payer (its payer id or name).</source>
        <translation>una cobertura requiere el pagador (su ID de pagador o su nombre).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payer of the practice&apos;s payer list.</source>
        <translation>&quot;%1&quot; no figura en la lista de pagadores del consultorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 payers of the practice; use the payer&apos;s name.</source>
        <translation>&quot;%1&quot; corresponde a %2 pagadores del consultorio; use el nombre del pagador.</translation>
    </message>
    <message>
        <source>the column holds %1, as column &quot;%2&quot; does already.</source>
        <translation>la columna contiene %1, al igual que la columna &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the mapping names column &quot;%1&quot;, which the file does not have.</source>
        <translation>el mapeo indica la columna &quot;%1&quot;, que no existe en el archivo.</translation>
    </message>
    <message>
        <source>no column holds %1 (the header row must name it, or the mapping).</source>
        <translation>ninguna columna contiene %1 (debe indicarlo la fila de encabezado o el mapeo).</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (línea %1)</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The patient file was refused: %1 problems in %2 rows; nothing was imported.</source>
        <translation>Se rechazó el archivo de pacientes: %1 problemas en %2 filas; no se importó nada.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object {&quot;column header&quot;: &quot;field&quot;}.</source>
        <translation>El archivo de mapeo %1 no es un objeto JSON {&quot;encabezado de columna&quot;: &quot;campo&quot;}.</translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a field (%3, or &quot;&quot; to ignore the column)</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; no es un campo (%3, o &quot;&quot; para ignorar la columna)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is already the field of column &quot;%3&quot;</source>
        <translation>&quot;%1&quot;: %2 ya es el campo de la columna &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the mapping names no column</source>
        <translation>el mapeo no indica ninguna columna</translation>
    </message>
    <message>
        <source>The mapping file %1 is refused.</source>
        <translation>Se rechazó el archivo de mapeo %1.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation>el archivo no es texto UTF-8; guárdelo como CSV UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>a quoted value is never closed.</source>
        <translation>un valor entre comillas no se cierra.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the row has %1 values, the header %2.</source>
        <translation>la fila tiene %1 valores y el encabezado, %2.</translation>
    </message>
    <message>
        <source>the account number %1 appears again (first in row %2).</source>
        <translation>el número de cuenta %1 aparece de nuevo (primero en la fila %2).</translation>
    </message>
    <message>
        <source>the file holds no patients, only a header row.</source>
        <translation>el archivo no contiene pacientes, solo una fila de encabezado.</translation>
    </message>
    <message>
        <source>The practice&apos;s payers are not available.</source>
        <translation>Los pagadores del consultorio no están disponibles.</translation>
    </message>
    <message>
        <source>Cannot look up account numbers</source>
        <translation>No se pueden consultar los números de cuenta</translation>
    </message>
    <message>
        <source>Row %1 could not be written; nothing was imported.</source>
        <translation>No se pudo escribir la fila %1; no se importó nada.</translation>
    </message>
    <message>
        <source>Cannot write the export</source>
        <translation>No se puede escribir la exportación</translation>
    </message>
    <message>
        <source>The demo patients need the demo payers (commercial, Medicare and Medicaid).</source>
        <translation>Los pacientes de demostración requieren los pagadores de demostración (comercial, Medicare y Medicaid).</translation>
    </message>
    <message>
        <source>Practitioner/%1 is neither in the import nor a provider of the practice</source>
        <translation>Practitioner/%1 no está en la importación ni es un profesional del consultorio</translation>
    </message>
    <message>
        <source>Patient/%1 is not in the import</source>
        <translation>Patient/%1 no está en la importación</translation>
    </message>
    <message>
        <source>Organization/%1 is neither a payer of the import nor of the practice</source>
        <translation>Organization/%1 no es un pagador de la importación ni del consultorio</translation>
    </message>
    <message>
        <source>%1 overlaps another coverage of the patient with the same order (%2)</source>
        <translation>%1 se superpone con otra cobertura del paciente con el mismo orden (%2)</translation>
    </message>
    <message>
        <source>The FHIR import must run inside a database transaction.</source>
        <translation>La importación FHIR debe ejecutarse dentro de una transacción de base de datos.</translation>
    </message>
    <message>
        <source>expected a reference to a %1</source>
        <translation>se esperaba una referencia de tipo %1</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>obligatorio pero ausente</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>a patient needs an official (legal) name</source>
        <translation>un paciente necesita un nombre oficial (legal)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dateTime</source>
        <translation>&quot;%1&quot; no es un dateTime</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>no es base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not male, female, other or unknown</source>
        <translation>&quot;%1&quot; no es male, female, other ni unknown</translation>
    </message>
    <message>
        <source>expected a RelatedPerson or a Patient</source>
        <translation>se esperaba un RelatedPerson o un Patient</translation>
    </message>
    <message>
        <source>%1 is not among the contained resources</source>
        <translation>%1 no está entre los recursos contenidos</translation>
    </message>
    <message>
        <source>expected a reference to a Patient or to a contained RelatedPerson</source>
        <translation>se esperaba una referencia a un Patient o a un RelatedPerson contenido</translation>
    </message>
    <message>
        <source>only USD amounts are kept, not %1</source>
        <translation>solo se guardan importes en USD, no %1</translation>
    </message>
    <message>
        <source>a coverage needs a member id (an identifier of type MB, or subscriberId)</source>
        <translation>una cobertura necesita un id. de afiliado (un identificador de tipo MB o subscriberId)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscriber relationship (self, spouse, child, parent, common, other, injured)</source>
        <translation>&quot;%1&quot; no es una relación con el suscriptor (self, spouse, child, parent, common, other, injured)</translation>
    </message>
    <message>
        <source>expected 1, 2 or 3</source>
        <translation>se esperaba 1, 2 o 3</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex for insurance claims</source>
        <translation>Sexo para reclamaciones al seguro</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Línea 2 de la dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <source>Text messages allowed</source>
        <translation>Permite mensajes de texto</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation>Permite correo electrónico</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Contacto preferido</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Emergency contact relationship</source>
        <translation>Parentesco del contacto de emergencia</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>Teléfono del contacto de emergencia</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>Employer phone</source>
        <translation>Teléfono del empleador</translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Número de afiliado</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>Patient&apos;s relationship to the subscriber</source>
        <translation>Relación del paciente con el suscriptor</translation>
    </message>
    <message>
        <source>Subscriber first name</source>
        <translation>Nombre del suscriptor</translation>
    </message>
    <message>
        <source>Subscriber last name</source>
        <translation>Apellido del suscriptor</translation>
    </message>
    <message>
        <source>Subscriber date of birth</source>
        <translation>Fecha de nacimiento del suscriptor</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>%1 is not an amount in whole cents</source>
        <translation>%1 no es un importe en centavos enteros</translation>
    </message>
    <message>
        <source>The merge record %1 names table %2.</source>
        <translation>El registro de fusión %1 nombra la tabla %2.</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::CoverageDialog</name>
    <message>
        <source>Self</source>
        <translation>Uno mismo</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo(a)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado(a)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Add insurance</source>
        <translation>Agregar seguro</translation>
    </message>
    <message>
        <source>Edit insurance</source>
        <translation>Editar seguro</translation>
    </message>
    <message>
        <source>1 primary, 2 secondary, 3 tertiary</source>
        <translation>1 primario, 2 secundario, 3 terciario</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;Pagador</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Member id</source>
        <translation>Número de af&amp;iliado</translation>
    </message>
    <message>
        <source>&amp;Group number</source>
        <translation>Número de &amp;grupo</translation>
    </message>
    <message>
        <source>Patient is the subscriber&apos;s</source>
        <translation>Relación del paciente con el suscriptor</translation>
    </message>
    <message>
        <source>Subscriber &amp;first name</source>
        <translation>&amp;Nombre del suscriptor</translation>
    </message>
    <message>
        <source>Subscriber &amp;last name</source>
        <translation>&amp;Apellido del suscriptor</translation>
    </message>
    <message>
        <source>Subscriber date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento del suscriptor</translation>
    </message>
    <message>
        <source>Subscriber se&amp;x</source>
        <translation>Se&amp;xo del suscriptor</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>Vigente &amp;desde</translation>
    </message>
    <message>
        <source>Effective &amp;to</source>
        <translation>Vigente &amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Copay</source>
        <translation>&amp;Copago</translation>
    </message>
    <message>
        <source>Co&amp;insurance</source>
        <translation>Co&amp;seguro</translation>
    </message>
    <message>
        <source>&amp;Deductible</source>
        <translation>&amp;Deducible</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as MM/DD/YYYY.</source>
        <translation>&quot;%1&quot; no es una fecha: escríbala como MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; no es un monto.</translation>
    </message>
    <message>
        <source>Scan or choose f&amp;ront…</source>
        <translation>Escanear o elegir f&amp;rente…</translation>
    </message>
    <message>
        <source>Insurance card, front</source>
        <translation>Tarjeta del seguro, frente</translation>
    </message>
    <message>
        <source>Scan or choose bac&amp;k…</source>
        <translation>Escanear o elegir re&amp;verso…</translation>
    </message>
    <message>
        <source>Insurance card, back</source>
        <translation>Tarjeta del seguro, reverso</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::CsvImportDialog</name>
    <message>
        <source>&amp;Review possible duplicates…</source>
        <translation>&amp;Revisar posibles duplicados…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import patients from a CSV file</source>
        <translation>Importar pacientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>Import every row, or nothing if any row cannot be imported</source>
        <translation>Importa todas las filas, o ninguna si alguna fila no se puede importar</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de muestra</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Double-click a problem to see its row</source>
        <translation>Haga doble clic en un problema para ver su fila</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Patients as they will be imported</source>
        <translation>Pacientes tal como se importarán</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>E&amp;legir archivo…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Read the file again after correcting it in another program</source>
        <translation>Volver a leer el archivo después de corregirlo en otro programa</translation>
    </message>
    <message>
        <source>Load &amp;mapping…</source>
        <translation>Cargar &amp;mapeo…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Guardar mapeo…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Cargar un mapeo de columnas</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Archivos de mapeo (*.json)</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Guardar el mapeo de columnas</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Importing patient files is not available in this installation.</source>
        <translation>La importación de archivos de pacientes no está disponible en esta instalación.</translation>
    </message>
    <message>
        <source>1 patient is ready to import.</source>
        <translation>1 paciente está listo para importarse.</translation>
    </message>
    <message>
        <source>%1 patients are ready to import.</source>
        <translation>%1 pacientes están listos para importarse.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Choose the file to import: CSV (comma or semicolon separated) with a header row.</source>
        <translation>Elija el archivo que desea importar: CSV (separado por comas o punto y coma) con una fila de encabezado.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (se muestran los primeros %1)</translation>
    </message>
    <message>
        <source>: change the mapping or correct the file and reload it. Nothing is imported while a problem remains.</source>
        <translation>: cambie el mapeo o corrija el archivo y vuelva a cargarlo. No se importa nada mientras quede algún problema.</translation>
    </message>
    <message>
        <source>The mapping could not be written to %1: %2</source>
        <translation>No se pudo escribir el mapeo en %1: %2</translation>
    </message>
    <message>
        <source>Importing %1 patients…</source>
        <translation>Importando %1 pacientes…</translation>
    </message>
    <message>
        <source>Imported from %1: %2 patients, %3 insurance coverages; %4 new account numbers were given. Possible duplicates queued for review: %5.</source>
        <translation>Importado desde %1: %2 pacientes, %3 coberturas de seguro; se asignaron %4 números de cuenta nuevos. Posibles duplicados en espera de revisión: %5.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Se importó el archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>%1 cannot be made private to you</source>
        <translation>No se puede hacer que %1 sea privado para usted</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DateEdit</name>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DemographicsPage</name>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena americano o nativo de Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Nativo de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispano o latino</translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation>No hispano ni latino</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>Prefirió no responder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Patient portal</source>
        <translation>Portal del paciente</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Jr, Sr, III</source>
        <translation>Jr, Sr, III</translation>
    </message>
    <message>
        <source>What the patient likes to be called</source>
        <translation>Cómo prefiere el paciente que se le llame</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Administrative sex as insurance claims carry it</source>
        <translation>Sexo administrativo tal como figura en las reclamaciones al seguro</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Transgender woman</source>
        <translation>Mujer transgénero</translation>
    </message>
    <message>
        <source>Transgender man</source>
        <translation>Hombre transgénero</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>she/her</source>
        <translation>ella</translation>
    </message>
    <message>
        <source>he/him</source>
        <translation>él</translation>
    </message>
    <message>
        <source>they/them</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation>&amp;Segundo nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <source>Su&amp;ffix</source>
        <translation>Su&amp;fijo</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>Se&amp;x (for claims)</source>
        <translation>Se&amp;xo (para reclamaciones)</translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation>Identidad de &amp;género</translation>
    </message>
    <message>
        <source>Pron&amp;ouns</source>
        <translation>Pr&amp;onombres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Email may be used for reminders and statements</source>
        <translation>El correo electrónico puede usarse para recordatorios y estados de cuenta</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Lengua de señas americana</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Contact by</source>
        <translation>&amp;Contactar por</translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation>Contacto de e&amp;mergencia</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Employer phone</source>
        <translation>Teléfono del empleador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Shown as a banner: collections, needs interpreter…</source>
        <translation>Se muestra como aviso: cobranzas, necesita intérprete…</translation>
    </message>
    <message>
        <source>Restricted record (staff, VIP): only emergency access opens it</source>
        <translation>Registro restringido (personal, VIP): solo se abre con acceso de emergencia</translation>
    </message>
    <message>
        <source>&amp;Race</source>
        <translation>&amp;Raza</translation>
    </message>
    <message>
        <source>E&amp;thnicity</source>
        <translation>E&amp;tnia</translation>
    </message>
    <message>
        <source>Emplo&amp;yer</source>
        <translation>Emple&amp;ador</translation>
    </message>
    <message>
        <source>Primary pro&amp;vider</source>
        <translation>Pro&amp;veedor principal</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Date of &amp;death</source>
        <translation>Fecha de &amp;fallecimiento</translation>
    </message>
    <message>
        <source>Al&amp;ert</source>
        <translation>Al&amp;erta</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as MM/DD/YYYY.</source>
        <translation>&quot;%1&quot; no es una fecha: escríbala como MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose p&amp;hoto…</source>
        <translation>E&amp;legir foto…</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>Foto del paciente</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most 5 MiB, to recognise the patient at the desk</source>
        <translation>Una imagen PNG o JPEG de 5 MiB como máximo, para reconocer al paciente en la recepción</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DocumentsPage</name>
    <message>
        <source>ID card</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>Tarjeta del seguro</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Adjuntar archivo…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>No se puede mostrar la imagen.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>No se pudo escribir la copia: %1</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the patient&apos;s record?</source>
        <translation>¿Eliminar &quot;%1&quot; del expediente del paciente?</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DuplicateReviewDialog</name>
    <message>
        <source>New record</source>
        <translation>Registro nuevo</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Registro existente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Deshacer fusión</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>New record %1</source>
        <translation>Registro nuevo %1</translation>
    </message>
    <message>
        <source>Existing record %1</source>
        <translation>Registro existente %1</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>este registro</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionar registros</translation>
    </message>
    <message>
        <source>The other record is folded into the one you keep; an administrator can undo it. Reason:</source>
        <translation>El otro registro se integra en el que usted conserva; un administrador puede deshacerlo. Motivo:</translation>
    </message>
    <message>
        <source>Same person registered twice</source>
        <translation>Misma persona registrada dos veces</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::DuplicateWarningDialog</name>
    <message>
        <source>same name and date of birth</source>
        <translation>mismo nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>similar-sounding name, same date of birth</source>
        <translation>nombre de pronunciación similar, misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>same insurance member id</source>
        <translation>mismo número de afiliado del seguro</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This patient may already be registered. Open the existing record, or save the new one anyway: it is then listed for review under Possible duplicates.</source>
        <translation>Es posible que este paciente ya esté registrado. Abra el registro existente o guarde el nuevo de todos modos: quedará en la lista Posibles duplicados para su revisión.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>&amp;Abrir existente</translation>
    </message>
    <message>
        <source>&amp;Save as new patient</source>
        <translation>&amp;Guardar como paciente nuevo</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::GuarantorPage</name>
    <message>
        <source>Guarantor</source>
        <translation>Garante</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>E&amp;mpleador</translation>
    </message>
    <message>
        <source>Type the date as MM/DD/YYYY.</source>
        <translation>Escriba la fecha como MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>The patient is their own &amp;guarantor</source>
        <translation>El paciente es su propio &amp;garante</translation>
    </message>
    <message>
        <source>Another &amp;person…</source>
        <translation>Otra &amp;persona…</translation>
    </message>
    <message>
        <source>&amp;Join that family account</source>
        <translation>&amp;Unirse a esa cuenta familiar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Account number of a family member</source>
        <translation>Número de cuenta de un familiar</translation>
    </message>
    <message>
        <source>Statements go to</source>
        <translation>Los estados de cuenta se envían a</translation>
    </message>
    <message>
        <source>Patients on this account</source>
        <translation>Pacientes en esta cuenta</translation>
    </message>
    <message>
        <source>No guarantor yet.</source>
        <translation>Aún no hay garante.</translation>
    </message>
    <message>
        <source>%1 (the patient)</source>
        <translation>%1 (el paciente)</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::ImageField</name>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Click to see it larger</source>
        <translation>Haga clic para verla más grande</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 looks like a PNG or JPEG file but cannot be read as a picture.</source>
        <translation>%1 parece un archivo PNG o JPEG, pero no se puede leer como imagen.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>No se puede mostrar</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::InsurancePage</name>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Número de afiliado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Suscriptor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Copay</source>
        <translation>Copago</translation>
    </message>
    <message>
        <source>&amp;Add insurance…</source>
        <translation>&amp;Agregar seguro…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primario</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation>Terciario</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>open</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>Remove insurance</source>
        <translation>Eliminar seguro</translation>
    </message>
    <message>
        <source>Remove this insurance from the patient?</source>
        <translation>¿Eliminar este seguro del paciente?</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::IntakeReviewDialog</name>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>&amp;Import intake file…</source>
        <translation>&amp;Importar formulario de admisión…</translation>
    </message>
    <message>
        <source>Choose &amp;patient…</source>
        <translation>Elegir &amp;paciente…</translation>
    </message>
    <message>
        <source>As &amp;new patient</source>
        <translation>Como paciente &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Digital intake</source>
        <translation>Admisión digital</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>En el expediente</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Value to save</source>
        <translation>Valor a guardar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Write the chosen values to the record</source>
        <translation>Escribir los valores elegidos en el expediente</translation>
    </message>
    <message>
        <source>Forms waiting for review</source>
        <translation>Formularios pendientes de revisión</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <source>Ctrl+K keeps the value on the record, Ctrl+T takes the submitted one, F2 or typing corrects it.</source>
        <translation>Ctrl+K conserva el valor del expediente, Ctrl+T toma el enviado, F2 o escribir lo corrige.</translation>
    </message>
    <message>
        <source>The intake queue is not available.</source>
        <translation>La cola de admisión no está disponible.</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>The intake was not accepted; see the marked field.</source>
        <translation>No se aceptó el formulario de admisión; revise el campo marcado.</translation>
    </message>
    <message>
        <source>Reject intake</source>
        <translation>Rechazar formulario de admisión</translation>
    </message>
    <message>
        <source>Why is this intake rejected?</source>
        <translation>¿Por qué se rechaza este formulario de admisión?</translation>
    </message>
    <message>
        <source>Import intake file</source>
        <translation>Importar formulario de admisión</translation>
    </message>
    <message>
        <source>Intake forms (*.json);;All files (*)</source>
        <translation>Formularios de admisión (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose patient</source>
        <translation>Elegir paciente</translation>
    </message>
    <message>
        <source>Name, date of birth, phone or account number:</source>
        <translation>Nombre, fecha de nacimiento, teléfono o número de cuenta:</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation>Ningún paciente coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (#%2), born %3</source>
        <translation>%1 (#%2), nac. %3</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientCsvPreviewModel</name>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex (M, F, U)</source>
        <translation>Sexo (M, F, U)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Apartment, suite</source>
        <translation>Apartamento, suite</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Insurance payer</source>
        <translation>Aseguradora (pagador)</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Número de afiliado</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Coverage from</source>
        <translation>Cobertura desde</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the patient (Ctrl+S)</source>
        <translation>Guardar el paciente (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Demographics</source>
        <translation>&amp;Datos demográficos</translation>
    </message>
    <message>
        <source>&amp;Insurance</source>
        <translation>&amp;Seguro</translation>
    </message>
    <message>
        <source>&amp;Guarantor</source>
        <translation>&amp;Garante</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>P&amp;rivacidad</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umentos</translation>
    </message>
    <message>
        <source>Find a patient with the search above, or register a new one with New patient.</source>
        <translation>Busque un paciente con la búsqueda de arriba o registre uno nuevo con Nuevo paciente.</translation>
    </message>
    <message>
        <source>Find a patient with the search above.</source>
        <translation>Busque un paciente con la búsqueda de arriba.</translation>
    </message>
    <message>
        <source>%1   #%2   born %3 (%4)</source>
        <translation>%1   #%2   nac. %3 (%4)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientSearchModel</name>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Restricted record: opening it needs emergency access</source>
        <translation>Registro restringido: para abrirlo se requiere acceso de emergencia</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <translation>%1 (restringido)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientsDock</name>
    <message>
        <source>Your role does not include looking up patients (permission &quot;%1&quot;). Ask the practice administrator if you need it.</source>
        <translation>Su rol no incluye la búsqueda de pacientes (permiso &quot;%1&quot;). Si lo necesita, solicítelo al administrador del consultorio.</translation>
    </message>
    <message>
        <source>Find a patient: name, date of birth, phone, account or member id</source>
        <translation>Buscar paciente: nombre, fecha de nacimiento, teléfono, cuenta o número de afiliado</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Registrar un paciente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Posibles &amp;duplicados…</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation>Ningún paciente coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation>Primeras %1 coincidencias; escriba más para acotar la búsqueda.</translation>
    </message>
    <message>
        <source>1 patient found.</source>
        <translation>Se encontró 1 paciente.</translation>
    </message>
    <message>
        <source>%1 patients found.</source>
        <translation>Se encontraron %1 pacientes.</translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation>Registro restringido</translation>
    </message>
    <message>
        <source>This record is restricted. Opening it is emergency access: it is recorded in the audit trail and reviewed by the office manager.
Reason:</source>
        <translation>Este registro está restringido. Abrirlo constituye un acceso de emergencia: queda constancia en el registro de auditoría y lo revisa el gerente del consultorio.
Motivo:</translation>
    </message>
    <message>
        <source>&amp;Intake…</source>
        <translation>&amp;Admisión…</translation>
    </message>
    <message>
        <source>Forms patients filled in, waiting to be accepted into their records</source>
        <translation>Formularios que llenaron los pacientes, pendientes de aceptarse en sus expedientes</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>Importar/Exportar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export patients to a CSV file</source>
        <translation>Exportar pacientes a un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>patients.csv</source>
        <translation>pacientes.csv</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Exportar pacientes</translation>
    </message>
    <message>
        <source>The patients were written to %1. The file holds patient information: keep it where only those who need it can read it.</source>
        <translation>Los pacientes se escribieron en %1. El archivo contiene información de pacientes: guárdelo donde solo puedan leerlo quienes lo necesiten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PatientsModule</name>
    <message>
        <source>Pa&amp;tients</source>
        <translation>Pa&amp;cientes</translation>
    </message>
    <message>
        <source>The patient registry&apos;s services are not available</source>
        <translation>Los servicios del registro de pacientes no están disponibles</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;New Patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save Patient</source>
        <translation>&amp;Guardar paciente</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Possible &amp;Duplicates…</source>
        <translation>Posibles &amp;duplicados…</translation>
    </message>
    <message>
        <source>&amp;Import Patients from CSV…</source>
        <translation>&amp;Importar pacientes desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Export Patients to CSV…</source>
        <translation>&amp;Exportar pacientes a CSV…</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PhonesEditor</name>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>Agregar &amp;teléfono</translation>
    </message>
    <message>
        <source>555-555-0123</source>
        <translation>555-555-0123</translation>
    </message>
    <message>
        <source>Texts OK</source>
        <translation>Acepta SMS</translation>
    </message>
    <message>
        <source>The patient agreed to receive text messages at this number</source>
        <translation>El paciente aceptó recibir mensajes de texto en este número</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::PrivacyPage</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>Confidential communications</source>
        <translation>Comunicaciones confidenciales</translation>
    </message>
    <message>
        <source>Statements and letters may go to the home address</source>
        <translation>Los estados de cuenta y las cartas pueden enviarse al domicilio</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Voicemail may be left</source>
        <translation>Se pueden dejar mensajes de voz</translation>
    </message>
    <message>
        <source>Email may be used</source>
        <translation>Se puede usar el correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Save &amp;choices</source>
        <translation>Guardar &amp;preferencias</translation>
    </message>
    <message>
        <source>Or send to</source>
        <translation>O enviar a</translation>
    </message>
    <message>
        <source>Phones that may be called (none ticked: any)</source>
        <translation>Teléfonos a los que se puede llamar (ninguno marcado: cualquiera)</translation>
    </message>
    <message>
        <source>Channels (none ticked: any)</source>
        <translation>Medios (ninguno marcado: cualquiera)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Add &amp;restriction…</source>
        <translation>Agregar &amp;restricción…</translation>
    </message>
    <message>
        <source>E&amp;nd restriction…</source>
        <translation>&amp;Finalizar restricción…</translation>
    </message>
    <message>
        <source>Amendment requests</source>
        <translation>Solicitudes de enmienda</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>New re&amp;quest…</source>
        <translation>Nueva &amp;solicitud…</translation>
    </message>
    <message>
        <source>Acc&amp;ept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Denegar…</translation>
    </message>
    <message>
        <source>Patient disa&amp;grees…</source>
        <translation>Desacuerdo del pa&amp;ciente…</translation>
    </message>
    <message>
        <source>Do not bill the plan</source>
        <translation>No facturar al plan</translation>
    </message>
    <message>
        <source>all self-paid</source>
        <translation>todo lo pagado por el paciente</translation>
    </message>
    <message>
        <source>open</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>Add restriction</source>
        <translation>Agregar restricción</translation>
    </message>
    <message>
        <source>Do not bill my plan for services I pay for myself</source>
        <translation>No facturar a mi plan los servicios que pago por mi cuenta</translation>
    </message>
    <message>
        <source>CPT/HCPCS codes, comma-separated; empty: every self-paid service</source>
        <translation>Códigos CPT/HCPCS separados por comas; vacío: todos los servicios pagados por el paciente</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Servicios</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Type the date as MM/DD/YYYY.</source>
        <translation>Escriba la fecha como MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>End restriction</source>
        <translation>Finalizar restricción</translation>
    </message>
    <message>
        <source>Last day the restriction applies:</source>
        <translation>Último día en que se aplica la restricción:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as MM/DD/YYYY.</source>
        <translation>&quot;%1&quot; no es una fecha: escríbala como MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>Amendment request</source>
        <translation>Solicitud de enmienda</translation>
    </message>
    <message>
        <source>What part of the record is the request about?</source>
        <translation>¿A qué parte del expediente se refiere la solicitud?</translation>
    </message>
    <message>
        <source>The change the patient asks for:</source>
        <translation>Cambio que solicita el paciente:</translation>
    </message>
    <message>
        <source>Select the request first.</source>
        <translation>Primero seleccione la solicitud.</translation>
    </message>
    <message>
        <source>Deny amendment</source>
        <translation>Denegar enmienda</translation>
    </message>
    <message>
        <source>Reason for the denial:</source>
        <translation>Motivo de la denegación:</translation>
    </message>
    <message>
        <source>Select the denied request first.</source>
        <translation>Primero seleccione la solicitud denegada.</translation>
    </message>
    <message>
        <source>Statement of disagreement</source>
        <translation>Declaración de desacuerdo</translation>
    </message>
    <message>
        <source>The patient&apos;s statement:</source>
        <translation>Declaración del paciente:</translation>
    </message>
</context>
<context>
    <name>fd::patients::ui::StateAddressEditor</name>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Apt, suite (optional)</source>
        <translation>Apto., suite (opcional)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fd::practice</name>
    <message>
        <source>Commercial insurance</source>
        <translation>Seguro comercial</translation>
    </message>
    <message>
        <source>Medicare Part B</source>
        <translation>Medicare Parte B</translation>
    </message>
    <message>
        <source>Medicare Part A</source>
        <translation>Medicare Parte A</translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <source>Blue Cross/Blue Shield</source>
        <translation>Blue Cross/Blue Shield</translation>
    </message>
    <message>
        <source>Health maintenance organization</source>
        <translation>Organización para el mantenimiento de la salud</translation>
    </message>
    <message>
        <source>Preferred provider organization</source>
        <translation>Organización de proveedores preferidos</translation>
    </message>
    <message>
        <source>Point of service</source>
        <translation>Punto de servicio</translation>
    </message>
    <message>
        <source>Exclusive provider organization</source>
        <translation>Organización de proveedores exclusivos</translation>
    </message>
    <message>
        <source>Indemnity insurance</source>
        <translation>Seguro de indemnización</translation>
    </message>
    <message>
        <source>HMO Medicare risk</source>
        <translation>HMO de riesgo de Medicare</translation>
    </message>
    <message>
        <source>TRICARE</source>
        <translation>TRICARE</translation>
    </message>
    <message>
        <source>Veterans Affairs plan</source>
        <translation>Plan de Asuntos de Veteranos</translation>
    </message>
    <message>
        <source>Workers&apos; compensation</source>
        <translation>Compensación para trabajadores</translation>
    </message>
    <message>
        <source>Automobile medical</source>
        <translation>Seguro médico de automóvil</translation>
    </message>
    <message>
        <source>Liability medical</source>
        <translation>Seguro médico de responsabilidad civil</translation>
    </message>
    <message>
        <source>Federal Employees Program</source>
        <translation>Programa para Empleados Federales</translation>
    </message>
    <message>
        <source>Other federal program</source>
        <translation>Otro programa federal</translation>
    </message>
    <message>
        <source>Other non-federal program</source>
        <translation>Otro programa no federal</translation>
    </message>
    <message>
        <source>Mutually defined</source>
        <translation>Definido de mutuo acuerdo</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago por cuenta propia</translation>
    </message>
    <message>
        <source>Import code sets (ICD-10-CM, HCPCS, taxonomy, ...)</source>
        <translation>Importar conjuntos de códigos (ICD-10-CM, HCPCS, taxonomía, ...)</translation>
    </message>
    <message>
        <source>continuation of %1 without its first line</source>
        <translation>continuación de %1 sin su primera línea</translation>
    </message>
    <message>
        <source>record id must be 3, 4, 7 or 8, not &quot;%1&quot;</source>
        <translation>el id. de registro debe ser 3, 4, 7 u 8, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>code %1 has no description</source>
        <translation>el código %1 no tiene descripción</translation>
    </message>
    <message>
        <source>not in the HCPCS record layout (code, sequence number, record id, descriptions)</source>
        <translation>no sigue el formato de registro de HCPCS (código, número de secuencia, id. de registro, descripciones)</translation>
    </message>
    <message>
        <source>the header row must name HCPC and LONG DESCRIPTION or SHORT DESCRIPTION columns</source>
        <translation>la fila de encabezado debe nombrar las columnas HCPC y LONG DESCRIPTION o SHORT DESCRIPTION</translation>
    </message>
    <message>
        <source>termination date &quot;%1&quot; is not a date</source>
        <translation>la fecha de terminación &quot;%1&quot; no es una fecha</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>the header row must name the Code and Classification columns</source>
        <translation>la fila de encabezado debe nombrar las columnas Code y Classification</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde el encabezado tiene %2</translation>
    </message>
    <message>
        <source>taxonomy %1 has no classification</source>
        <translation>la taxonomía %1 no tiene clasificación</translation>
    </message>
    <message>
        <source>expected code, description[, start date[, stop date]]</source>
        <translation>se esperaba código, descripción[, fecha de inicio[, fecha de fin]]</translation>
    </message>
    <message>
        <source>dates must be written as YYYY-MM-DD or MM/DD/YYYY</source>
        <translation>las fechas deben escribirse como AAAA-MM-DD o MM/DD/AAAA</translation>
    </message>
    <message>
        <source>the file holds no codes</source>
        <translation>el archivo no contiene códigos</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... y %1 más</translation>
    </message>
    <message>
        <source>The %1 file is malformed (%2 bad lines); nothing was imported.</source>
        <translation>El archivo de %1 tiene un formato incorrecto (%2 líneas erróneas); no se importó nada.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 code</source>
        <translation>&quot;%1&quot; no es un código de %2</translation>
    </message>
    <message>
        <source>code %1 appears again (first on line %2)</source>
        <translation>el código %1 aparece de nuevo (primero en la línea %2)</translation>
    </message>
    <message>
        <source>code %1 ends before it starts</source>
        <translation>el código %1 termina antes de comenzar</translation>
    </message>
    <message>
        <source>not in the order-file layout (order number, code, header flag, descriptions)</source>
        <translation>no sigue el formato de archivo de orden (número de orden, código, indicador de encabezado, descripciones)</translation>
    </message>
    <message>
        <source>header flag must be 0 or 1, not &quot;%1&quot;</source>
        <translation>el indicador de encabezado debe ser 0 o 1, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a code followed by its description</source>
        <translation>se esperaba un código seguido de su descripción</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is too large for a code-set file</source>
        <translation>%1 es demasiado grande para un archivo de conjunto de códigos</translation>
    </message>
    <message>
        <source>The code-set version needs a name (as 2025).</source>
        <translation>La versión del conjunto de códigos necesita un nombre (p. ej., 2025).</translation>
    </message>
    <message>
        <source>The code-set version needs an effective date.</source>
        <translation>La versión del conjunto de códigos necesita una fecha de vigencia.</translation>
    </message>
    <message>
        <source>A date of service is needed to check a code.</source>
        <translation>Se necesita una fecha de servicio para verificar un código.</translation>
    </message>
    <message>
        <source>%1 version %2 (effective %3) is already imported; a new version needs a new name and a new effective date.</source>
        <translation>La versión %2 de %1 (vigente desde %3) ya está importada; una nueva versión necesita un nombre nuevo y una fecha de vigencia nueva.</translation>
    </message>
    <message>
        <source>Could not prepare the code import</source>
        <translation>No se pudo preparar la importación de códigos</translation>
    </message>
    <message>
        <source>Could not store code %1</source>
        <translation>No se pudo guardar el código %1</translation>
    </message>
    <message>
        <source>The imported version vanished</source>
        <translation>La versión importada desapareció</translation>
    </message>
    <message>
        <source>%1 code %2 is a category heading, not a billable code; choose a more specific code.</source>
        <translation>El código %2 de %1 es un encabezado de categoría, no un código facturable; elija un código más específico.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1 code %2 is not in any imported version of the code set.</source>
        <translation>El código %2 de %1 no está en ninguna versión importada del conjunto de códigos.</translation>
    </message>
    <message>
        <source>%1 code %2 is not valid on %3; it is valid %4.</source>
        <translation>El código %2 de %1 no es válido el %3; es válido %4.</translation>
    </message>
    <message>
        <source>NUCC taxonomy</source>
        <translation>taxonomía NUCC</translation>
    </message>
    <message>
        <source>adjustment reason (CARC)</source>
        <translation>motivo de ajuste (CARC)</translation>
    </message>
    <message>
        <source>remark (RARC)</source>
        <translation>observación (RARC)</translation>
    </message>
    <message>
        <source>place of service</source>
        <translation>lugar de servicio</translation>
    </message>
    <message>
        <source>claim status</source>
        <translation>estado de la reclamación</translation>
    </message>
    <message>
        <source>claim status category</source>
        <translation>categoría de estado de la reclamación</translation>
    </message>
    <message>
        <source>Unknown code set &quot;%1&quot; (one of %2).</source>
        <translation>Conjunto de códigos desconocido &quot;%1&quot; (uno de %2).</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>línea %1: un campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>line %1: the header row must name the code and amount columns</source>
        <translation>línea %1: la fila de encabezado debe nombrar las columnas de código e importe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPT or HCPCS code</source>
        <translation>&quot;%1&quot; no es un código CPT o HCPCS</translation>
    </message>
    <message>
        <source>modifier &quot;%1&quot; must be two letters or digits</source>
        <translation>el modificador &quot;%1&quot; debe tener dos letras o dígitos</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not a dollar amount</source>
        <translation>el importe &quot;%1&quot; no es una cantidad en dólares</translation>
    </message>
    <message>
        <source>%1 %2 appears twice</source>
        <translation>%1 %2 aparece dos veces</translation>
    </message>
    <message>
        <source>line 1: the file holds no fees</source>
        <translation>línea 1: el archivo no contiene tarifas</translation>
    </message>
    <message>
        <source>The fee schedule file is malformed (%1 bad lines); nothing was imported.</source>
        <translation>El archivo de la lista de tarifas tiene un formato incorrecto (%1 líneas erróneas); no se importó nada.</translation>
    </message>
    <message>
        <source>A fee schedule for the same payer already starts on %1.</source>
        <translation>Ya existe una lista de tarifas del mismo pagador que comienza el %1.</translation>
    </message>
    <message>
        <source>The fee schedule needs a name.</source>
        <translation>La lista de tarifas necesita un nombre.</translation>
    </message>
    <message>
        <source>The fee schedule needs an effective date.</source>
        <translation>La lista de tarifas necesita una fecha de vigencia.</translation>
    </message>
    <message>
        <source>The fee schedule ends before it starts.</source>
        <translation>La lista de tarifas termina antes de comenzar.</translation>
    </message>
    <message>
        <source>No payer %1.</source>
        <translation>No existe el pagador %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPT or HCPCS code.</source>
        <translation>&quot;%1&quot; no es un código CPT o HCPCS.</translation>
    </message>
    <message>
        <source>A fee cannot be negative.</source>
        <translation>Una tarifa no puede ser negativa.</translation>
    </message>
    <message>
        <source>No fee for %1 on %2 in the %3.</source>
        <translation>No hay tarifa para %1 el %2 en la %3.</translation>
    </message>
    <message>
        <source>charge master</source>
        <translation>lista maestra de cargos</translation>
    </message>
    <message>
        <source>payer&apos;s fee schedule</source>
        <translation>lista de tarifas del pagador</translation>
    </message>
    <message>
        <source>Which payer?</source>
        <translation>¿Qué pagador?</translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation>La ubicación necesita un nombre.</translation>
    </message>
    <message>
        <source>Place of service %1 is not a CMS place-of-service code.</source>
        <translation>El lugar de servicio %1 no es un código de lugar de servicio de CMS.</translation>
    </message>
    <message>
        <source>Every room and piece of equipment needs a name.</source>
        <translation>Cada sala y cada equipo necesitan un nombre.</translation>
    </message>
    <message>
        <source>A resource is a room or equipment, not &quot;%1&quot;.</source>
        <translation>Un recurso es una sala o un equipo, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No location %1.</source>
        <translation>No existe la ubicación %1.</translation>
    </message>
    <message>
        <source>The payer needs a name.</source>
        <translation>El pagador necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim filing indicator code (as CI, MB, MC, BL).</source>
        <translation>&quot;%1&quot; no es un código indicador de presentación de reclamaciones (p. ej., CI, MB, MC, BL).</translation>
    </message>
    <message>
        <source>Electronic claims need the payer id the clearinghouse uses.</source>
        <translation>Las reclamaciones electrónicas necesitan el id. de pagador que usa la cámara de compensación.</translation>
    </message>
    <message>
        <source>Payer id &quot;%1&quot; for &quot;%2&quot; must be 2 to 80 letters and digits.</source>
        <translation>El id. de pagador &quot;%1&quot; para &quot;%2&quot; debe tener de 2 a 80 letras y dígitos.</translation>
    </message>
    <message>
        <source>The timely filing limit must be between 1 and 3650 days.</source>
        <translation>El plazo de presentación debe estar entre 1 y 3650 días.</translation>
    </message>
    <message>
        <source>The appeal window must be between 1 and 3650 days.</source>
        <translation>El plazo de apelación debe estar entre 1 y 3650 días.</translation>
    </message>
    <message>
        <source>Unknown eligibility channel &quot;%1&quot;.</source>
        <translation>Canal de elegibilidad desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown claim channel &quot;%1&quot;.</source>
        <translation>Canal de reclamaciones desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No payer has the id %1 at %2.</source>
        <translation>Ningún pagador tiene el id. %1 en %2.</translation>
    </message>
    <message>
        <source>a provider needs an NPI identifier (system %1)</source>
        <translation>un profesional necesita un identificador NPI (sistema %1)</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>obligatorio pero ausente</translation>
    </message>
    <message>
        <source>expected a reference to a Practitioner</source>
        <translation>se esperaba una referencia a un Practitioner</translation>
    </message>
    <message>
        <source>expected a reference to a Location</source>
        <translation>se esperaba una referencia a una Location</translation>
    </message>
    <message>
        <source>one location per role is supported</source>
        <translation>se admite una ubicación por función</translation>
    </message>
    <message>
        <source>PractitionerRole.practitioner: Practitioner/%1 is not in the import</source>
        <translation>PractitionerRole.practitioner: Practitioner/%1 no está en la importación</translation>
    </message>
    <message>
        <source>PractitionerRole.location: Location/%1 is not in the import</source>
        <translation>PractitionerRole.location: Location/%1 no está en la importación</translation>
    </message>
    <message>
        <source>The FHIR import must run inside a database transaction.</source>
        <translation>La importación FHIR debe ejecutarse dentro de una transacción de base de datos.</translation>
    </message>
    <message>
        <source>%1: an Organization that is not a payer (the practice&apos;s own profile is set up by init) was left alone</source>
        <translation>%1: se omitió una Organization que no es un pagador (el perfil propio del consultorio se configura con init)</translation>
    </message>
    <message>
        <source>The starter code set %1 is missing</source>
        <translation>Falta el conjunto de códigos inicial %1</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB.</source>
        <translation>El logotipo supera 1 MB.</translation>
    </message>
    <message>
        <source>The practice needs a name.</source>
        <translation>El consultorio necesita un nombre.</translation>
    </message>
    <message>
        <source>The billing address must be a street address; put a PO box in the pay-to address.</source>
        <translation>La dirección de facturación debe ser una dirección física; indique el apartado postal en la dirección de pago.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Taxonomy %1 is not a known NUCC code; import the current NUCC file (frontdeskctl codes import --set taxonomy) if it is new.</source>
        <translation>La taxonomía %1 no es un código NUCC conocido; si es nueva, importe el archivo NUCC actual (frontdeskctl codes import --set taxonomy).</translation>
    </message>
    <message>
        <source>No %1 record %2.</source>
        <translation>No existe el registro de %1 %2.</translation>
    </message>
    <message>
        <source>An NPI is required.</source>
        <translation>Se requiere un NPI.</translation>
    </message>
    <message>
        <source>NPI &quot;%1&quot; is not valid: it must be 10 digits starting with 1 or 2, with a correct check digit.</source>
        <translation>El NPI &quot;%1&quot; no es válido: debe tener 10 dígitos, comenzar con 1 o 2 y tener un dígito de control correcto.</translation>
    </message>
    <message>
        <source>Tax id &quot;%1&quot; is not an EIN (nine digits, as 12-3456789).</source>
        <translation>La identificación fiscal &quot;%1&quot; no es un EIN (nueve dígitos, p. ej., 12-3456789).</translation>
    </message>
    <message>
        <source>Taxonomy &quot;%1&quot; is not a NUCC code (10 characters ending in X, as 207Q00000X).</source>
        <translation>La taxonomía &quot;%1&quot; no es un código NUCC (10 caracteres que terminan en X, p. ej., 207Q00000X).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA id such as America/Chicago).</source>
        <translation>Zona horaria desconocida &quot;%1&quot; (use un id. de IANA, p. ej., America/Chicago).</translation>
    </message>
    <message>
        <source>The address needs a street line.</source>
        <translation>La dirección necesita una línea de calle.</translation>
    </message>
    <message>
        <source>The address needs a city.</source>
        <translation>La dirección necesita una ciudad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a US state code (two capital letters, as NY).</source>
        <translation>&quot;%1&quot; no es un código de estado de EE. UU. (dos letras mayúsculas, p. ej., NY).</translation>
    </message>
    <message>
        <source>ZIP code &quot;%1&quot; must be 5 or 9 digits.</source>
        <translation>El código postal (ZIP) &quot;%1&quot; debe tener 5 o 9 dígitos.</translation>
    </message>
    <message>
        <source>Place of service &quot;%1&quot; must be a two-digit CMS code (11 is an office).</source>
        <translation>El lugar de servicio &quot;%1&quot; debe ser un código CMS de dos dígitos (11 es consultorio).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday (mon, tue, ... sun).</source>
        <translation>&quot;%1&quot; no es un día de la semana (mon, tue, ... sun).</translation>
    </message>
    <message>
        <source>Hours &quot;%1&quot; on %2 must be ranges like 08:00-12:00,13:00-17:00.</source>
        <translation>El horario &quot;%1&quot; del %2 debe indicarse en rangos como 08:00-12:00,13:00-17:00.</translation>
    </message>
    <message>
        <source>A provider needs a first and a last name.</source>
        <translation>Un profesional necesita nombre y apellido.</translation>
    </message>
    <message>
        <source>A provider of the practice needs a taxonomy code.</source>
        <translation>Un profesional del consultorio necesita un código de taxonomía.</translation>
    </message>
    <message>
        <source>Choose the provider&apos;s roles on claims (rendering, supervising, referring).</source>
        <translation>Elija las funciones del profesional en las reclamaciones (prestador, supervisor, remitente).</translation>
    </message>
    <message>
        <source>A provider from outside the practice can only refer; they work at none of its locations.</source>
        <translation>Un profesional externo al consultorio solo puede remitir; no trabaja en ninguna de sus ubicaciones.</translation>
    </message>
    <message>
        <source>NPI %1 already belongs to %2 %3.</source>
        <translation>El NPI %1 ya pertenece a %2 %3.</translation>
    </message>
    <message>
        <source>No provider %1.</source>
        <translation>No existe el profesional %1.</translation>
    </message>
    <message>
        <source>No provider has NPI %1.</source>
        <translation>Ningún profesional tiene el NPI %1.</translation>
    </message>
    <message>
        <source>The practice has no organization NPI yet; enter it in the practice profile.</source>
        <translation>El consultorio aún no tiene un NPI de organización; ingréselo en el perfil del consultorio.</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui</name>
    <message>
        <source>rendering</source>
        <translation>prestador</translation>
    </message>
    <message>
        <source>supervising</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>referring</source>
        <translation>remitente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation>Salas y equipos</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomía</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>Especialidades</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Payer id</source>
        <translation>Id del pagador</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Timely filing</source>
        <translation>Plazo de presentación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::AddressEditor</name>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Suite, floor</source>
        <translation>Suite, piso</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::CodeSetsPage</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Date of service: codes are shown as valid on this day</source>
        <translation>Fecha de servicio: los códigos se muestran según su validez en este día</translation>
    </message>
    <message>
        <source>Code or words, e.g. E11 or diabetes</source>
        <translation>Código o palabras, p. ej., E11 o diabetes</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importar...</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>Showing the first %1 codes; type more to narrow.</source>
        <translation>Se muestran los primeros %1 códigos; escriba más para acotar.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 codes as version %2.</source>
        <translation>Se importaron %1 códigos como versión %2.</translation>
    </message>
    <message>
        <source>Code set file</source>
        <translation>Archivo de conjunto de códigos</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>e.g. 2025</source>
        <translation>p. ej., 2025</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>Vigente &amp;desde</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::FeeSchedulesPage</name>
    <message>
        <source>Schedule</source>
        <translation>Tarifario</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modificador</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importar CSV...</translation>
    </message>
    <message>
        <source>Charge master</source>
        <translation>Lista maestra de cargos</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n fee(s) into &quot;%1&quot;.</source>
        <translation>
            <numerusform>Se importó %n tarifa en &quot;%1&quot;.</numerusform>
            <numerusform>Se importaron %n tarifas en &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Tarifario</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import fee schedule</source>
        <translation>Importar tarifario</translation>
    </message>
    <message>
        <source>Charge master (what the practice bills)</source>
        <translation>Lista maestra de cargos (lo que factura el consultorio)</translation>
    </message>
    <message>
        <source>Allowed by %1</source>
        <translation>Permitido por %1</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Tarifario</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>Vigente &amp;desde</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::ListPage</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Agregar...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected record?</source>
        <translation>¿Eliminar el registro seleccionado?</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::LocationDialog</name>
    <message>
        <source>Add location</source>
        <translation>Agregar sede</translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation>Editar sede</translation>
    </message>
    <message>
        <source>mon 08:00-12:00,13:00-17:00</source>
        <translation>mon 08:00-12:00,13:00-17:00</translation>
    </message>
    <message>
        <source>room: Exam 1
equipment: ECG cart</source>
        <translation>room: Consultorio 1
equipment: Carro de ECG</translation>
    </message>
    <message>
        <source>This NPI&apos;s check digit is wrong.</source>
        <translation>El dígito de control de este NPI es incorrecto.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Place of service</source>
        <translation>&amp;Lugar de servicio</translation>
    </message>
    <message>
        <source>&amp;Facility NPI</source>
        <translation>NPI del &amp;establecimiento</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>&amp;Rooms and equipment</source>
        <translation>&amp;Salas y equipos</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::PayerDialog</name>
    <message>
        <source>Secondary claims cross over automatically</source>
        <translation>Las reclamaciones secundarias se transfieren automáticamente (crossover)</translation>
    </message>
    <message>
        <source>Add payer</source>
        <translation>Agregar pagador</translation>
    </message>
    <message>
        <source>Edit payer</source>
        <translation>Editar pagador</translation>
    </message>
    <message>
        <source>60054, or availity=60054, other=12345</source>
        <translation>60054, o availity=60054, other=12345</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Electronic (270/271)</source>
        <translation>Electrónica (270/271)</translation>
    </message>
    <message>
        <source>Electronic (837P)</source>
        <translation>Electrónica (837P)</translation>
    </message>
    <message>
        <source>Payer portal</source>
        <translation>Portal del pagador</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Paper (CMS-1500)</source>
        <translation>Papel (CMS-1500)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Payer &amp;ids</source>
        <translation>&amp;IDs del pagador</translation>
    </message>
    <message>
        <source>Claim &amp;filing indicator</source>
        <translation>Indica&amp;dor de presentación de reclamación</translation>
    </message>
    <message>
        <source>&amp;Timely filing limit</source>
        <translation>Plazo de &amp;presentación oportuna</translation>
    </message>
    <message>
        <source>A&amp;ppeal window</source>
        <translation>Plazo de &amp;apelación</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Elegibilidad</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Reclamaciones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::PracticeDock</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Sedes</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>P&amp;roveedores</translation>
    </message>
    <message>
        <source>Pa&amp;yers</source>
        <translation>Pa&amp;gadores</translation>
    </message>
    <message>
        <source>&amp;Fee schedules</source>
        <translation>&amp;Tarifarios</translation>
    </message>
    <message>
        <source>&amp;Code sets</source>
        <translation>&amp;Conjuntos de códigos</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::PracticeModule</name>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Consultorio</translation>
    </message>
    <message>
        <source>The practice services are not available</source>
        <translation>Los servicios del consultorio no están disponibles</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Practice &amp;Setup</source>
        <translation>&amp;Configuración del consultorio</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::ProfilePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation>12-3456789</translation>
    </message>
    <message>
        <source>This NPI&apos;s check digit is wrong.</source>
        <translation>El dígito verificador de este NPI es incorrecto.</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Nombre &amp;legal</translation>
    </message>
    <message>
        <source>Organization &amp;NPI</source>
        <translation>&amp;NPI de la organización</translation>
    </message>
    <message>
        <source>&amp;Tax id (EIN)</source>
        <translation>&amp;Id. fiscal (EIN)</translation>
    </message>
    <message>
        <source>Ta&amp;xonomy</source>
        <translation>Ta&amp;xonomía</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Pay-to address
(when different)</source>
        <translation>Dirección de pago
(si es distinta)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Choose &amp;logo...</source>
        <translation>Elegir &amp;logotipo...</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(sin logotipo)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
</context>
<context>
    <name>fd::practice::ui::ProviderDialog</name>
    <message>
        <source>Bills under their own NPI (not the organization&apos;s)</source>
        <translation>Factura con su propio NPI (no con el de la organización)</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <source>Supervising</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Referring</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>From outside the practice (refers only)</source>
        <translation>Externo al consultorio (solo remite)</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Agregar profesional</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Editar profesional</translation>
    </message>
    <message>
        <source>e.g. 207Q00000X (Family Medicine)</source>
        <translation>p. ej., 207Q00000X (Medicina familiar)</translation>
    </message>
    <message>
        <source>This NPI&apos;s check digit is wrong.</source>
        <translation>El dígito verificador de este NPI es incorrecto.</translation>
    </message>
    <message>
        <source>A taxonomy code is 10 characters ending in X.</source>
        <translation>Un código de taxonomía tiene 10 caracteres y termina en X.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Credenciales</translation>
    </message>
    <message>
        <source>&amp;NPI</source>
        <translation>N&amp;PI</translation>
    </message>
    <message>
        <source>&amp;Taxonomy</source>
        <translation>&amp;Taxonomía</translation>
    </message>
    <message>
        <source>&amp;Specialties</source>
        <translation>&amp;Especialidades</translation>
    </message>
    <message>
        <source>Works &amp;at</source>
        <translation>Trabaja &amp;en</translation>
    </message>
    <message>
        <source>Roles on claims</source>
        <translation>Roles en las reclamaciones</translation>
    </message>
</context>
<context>
    <name>fd::security</name>
    <message>
        <source>Unknown permission %1</source>
        <translation>Permiso desconocido %1</translation>
    </message>
    <message>
        <source>Administrators always keep the right to change roles.</source>
        <translation>Los administradores siempre conservan el derecho de cambiar los roles.</translation>
    </message>
    <message>
        <source>Break-glass access needs a patient.</source>
        <translation>El acceso de emergencia requiere un paciente.</translation>
    </message>
    <message>
        <source>Break-glass access needs a reason of at least %1 characters.</source>
        <translation>El acceso de emergencia requiere un motivo de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The automation user cannot break the glass.</source>
        <translation>El usuario de automatización no puede usar el acceso de emergencia.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read</source>
        <translation>No se puede leer el registro de auditoría</translation>
    </message>
    <message>
        <source>An audit entry needs an action</source>
        <translation>Una entrada de auditoría necesita una acción</translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation>No tiene permiso para hacer esto (%1).</translation>
    </message>
    <message>
        <source>The audit checkpoint file %1 is damaged at line %2</source>
        <translation>El archivo de puntos de control de auditoría %1 está dañado en la línea %2</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>A cryptographic operation failed</source>
        <translation>Falló una operación criptográfica</translation>
    </message>
    <message>
        <source>The key does not fit</source>
        <translation>La clave no corresponde</translation>
    </message>
    <message>
        <source>Not a valid base32 text</source>
        <translation>No es un texto base32 válido</translation>
    </message>
    <message>
        <source>The keyring %1 is damaged</source>
        <translation>El llavero %1 está dañado</translation>
    </message>
    <message>
        <source>The keyring %1 is missing. Restore it from a backup, then open the practice with the recovery key.</source>
        <translation>Falta el llavero %1. Restáurelo desde una copia de seguridad y luego abra el consultorio con la clave de recuperación.</translation>
    </message>
    <message>
        <source>The user has no key wrap</source>
        <translation>El usuario no tiene una clave encapsulada</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins: this user name is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos: este nombre de usuario está bloqueado durante %n minuto más.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos: este nombre de usuario está bloqueado durante %n minutos más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Several failed logins: try again in %n second(s).</source>
        <translation>
            <numerusform>Varios inicios de sesión fallidos: vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Varios inicios de sesión fallidos: vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>La contraseña no debe ser igual al nombre de usuario.</translation>
    </message>
    <message>
        <source>The password must differ from the last %1 passwords.</source>
        <translation>La contraseña debe ser distinta de las últimas %1 contraseñas.</translation>
    </message>
    <message>
        <source>See user accounts</source>
        <translation>Ver las cuentas de usuario</translation>
    </message>
    <message>
        <source>Add, change and remove user accounts</source>
        <translation>Agregar, modificar y eliminar cuentas de usuario</translation>
    </message>
    <message>
        <source>Change what each role may do</source>
        <translation>Cambiar lo que puede hacer cada rol</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Change audit settings</source>
        <translation>Cambiar la configuración de auditoría</translation>
    </message>
    <message>
        <source>Review break-glass accesses</source>
        <translation>Revisar los accesos de emergencia</translation>
    </message>
    <message>
        <source>Back up the practice</source>
        <translation>Hacer copias de seguridad del consultorio</translation>
    </message>
    <message>
        <source>Replace the database key</source>
        <translation>Reemplazar la clave de la base de datos</translation>
    </message>
    <message>
        <source>See the practice&apos;s setup</source>
        <translation>Ver la configuración del consultorio</translation>
    </message>
    <message>
        <source>Change the practice&apos;s setup</source>
        <translation>Cambiar la configuración del consultorio</translation>
    </message>
    <message>
        <source>Open patient records</source>
        <translation>Abrir expedientes de pacientes</translation>
    </message>
    <message>
        <source>Change patient records</source>
        <translation>Modificar expedientes de pacientes</translation>
    </message>
    <message>
        <source>Open restricted patients without break-glass</source>
        <translation>Abrir pacientes restringidos sin acceso de emergencia</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>Facturador</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Gerente de oficina</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>The session has ended; log in again.</source>
        <translation>La sesión ha terminado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>No user %1</source>
        <translation>No existe el usuario %1</translation>
    </message>
    <message>
        <source>Restore the practice from a backup</source>
        <translation>Restaurar el consultorio desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The audit trail cannot be written</source>
        <translation>No se puede escribir en el registro de auditoría</translation>
    </message>
    <message>
        <source>The details of an audit entry (%1) are not a JSON object</source>
        <translation>Los detalles de una entrada de auditoría (%1) no son un objeto JSON</translation>
    </message>
    <message>
        <source>An audit entry (%1) names its patients twice</source>
        <translation>Una entrada de auditoría (%1) nombra a sus pacientes dos veces</translation>
    </message>
</context>
<context>
    <name>fd::security::PracticeSession</name>
    <message>
        <source>Too many failed attempts: log out or wait, then try again.</source>
        <translation>Demasiados intentos fallidos: cierre sesión o espere y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation>Clave de recuperación incorrecta.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>fd::security::SessionOpener</name>
    <message>
        <source>A practice already exists at %1</source>
        <translation>Ya existe un consultorio en %1</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Ingrese el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Wrong second-factor code.</source>
        <translation>Código de segundo factor incorrecto.</translation>
    </message>
    <message>
        <source>The keyring names a user the database does not know</source>
        <translation>El llavero menciona un usuario que la base de datos no conoce</translation>
    </message>
    <message>
        <source>The practice has no active administrator to recover as.</source>
        <translation>El consultorio no tiene ningún administrador activo con el cual recuperar el acceso.</translation>
    </message>
    <message>
        <source>Too many failed logins: this user name is locked for a while.</source>
        <translation>Demasiados inicios de sesión fallidos: este nombre de usuario está bloqueado por un tiempo.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Esta cuenta está deshabilitada.</translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation>Clave de recuperación incorrecta.</translation>
    </message>
    <message>
        <source>Wrong password or unknown user name.</source>
        <translation>Contraseña incorrecta o nombre de usuario desconocido.</translation>
    </message>
    <message>
        <source>The practice database has no audit key</source>
        <translation>La base de datos del consultorio no tiene clave de auditoría</translation>
    </message>
    <message>
        <source>The keyring %1 does not match the database %2</source>
        <translation>El llavero %1 no corresponde a la base de datos %2</translation>
    </message>
    <message>
        <source>There is no practice database at %1</source>
        <translation>No hay ninguna base de datos de consultorio en %1</translation>
    </message>
</context>
<context>
    <name>fd::security::UserService</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>The practice needs at least one active administrator.</source>
        <translation>El consultorio necesita al menos un administrador activo.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>El nombre de usuario %1 ya está en uso.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>No puede eliminar su propia cuenta.</translation>
    </message>
    <message>
        <source>Only the user can change their own password; an administrator resets it.</source>
        <translation>Solo el propio usuario puede cambiar su contraseña; un administrador puede restablecerla.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>Start the second-factor enrollment first.</source>
        <translation>Primero inicie la inscripción del segundo factor.</translation>
    </message>
    <message>
        <source>The code does not match; check the authenticator&apos;s clock.</source>
        <translation>El código no coincide; revise el reloj del autenticador.</translation>
    </message>
</context>
<context>
    <name>fd::shell::ActionRegistry</name>
    <message>
        <source>An action needs an id</source>
        <translation>Una acción necesita un id</translation>
    </message>
    <message>
        <source>The action id %1 is registered twice</source>
        <translation>El id de acción %1 está registrado dos veces</translation>
    </message>
    <message>
        <source>The shortcut %1 of %2 is already used by %3</source>
        <translation>El atajo %1 de %2 ya lo usa %3</translation>
    </message>
</context>
<context>
    <name>fd::shell::CommandPalette</name>
    <message>
        <source>Type a command</source>
        <translation>Escriba un comando</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fd::shell::GeneralSettingsPage</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Frontdesk starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie Frontdesk.</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input, Frontdesk hides every screen until your password is entered again.</source>
        <translation>Tras este tiempo sin actividad del teclado o del mouse, Frontdesk oculta todas las pantallas hasta que se vuelva a ingresar su contraseña.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear después de:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>fd::shell::LockOverlay</name>
    <message>
        <source>Frontdesk is locked</source>
        <translation>Frontdesk está bloqueado</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Código del autenticador:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>%1 at %2: enter your password to continue.</source>
        <translation>%1 en %2: ingrese su contraseña para continuar.</translation>
    </message>
</context>
<context>
    <name>fd::shell::MainWindow</name>
    <message>
        <source>Frontdesk — %1</source>
        <translation>Frontdesk — %1</translation>
    </message>
    <message>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>Cerra&amp;r sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer distribución</translation>
    </message>
    <message>
        <source>&amp;About Frontdesk</source>
        <translation>&amp;Acerca de Frontdesk</translation>
    </message>
    <message>
        <source>About Frontdesk</source>
        <translation>Acerca de Frontdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Frontdesk %1&lt;/b&gt;&lt;p&gt;Front-office software for medical practices.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Frontdesk %1&lt;/b&gt;&lt;p&gt;Software de recepción para consultorios médicos.&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>Bloquear la pantalla (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dock %1 is offered twice or cannot be created</source>
        <translation>El panel %1 se ofrece dos veces o no se puede crear</translation>
    </message>
    <message>
        <source>No screens are available to your role. Ask the practice administrator for access.</source>
        <translation>Su rol no tiene acceso a ninguna pantalla. Solicite acceso al administrador del consultorio.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Ingrese el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>The password or the authenticator code is wrong.</source>
        <translation>La contraseña o el código del autenticador son incorrectos.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>La contraseña es incorrecta.</translation>
    </message>
</context>
<context>
    <name>fd::shell::ModuleHost</name>
    <message>
        <source>Module %1: %2</source>
        <translation>Módulo %1: %2</translation>
    </message>
    <message>
        <source>Two modules have the id %1</source>
        <translation>Dos módulos tienen el id %1</translation>
    </message>
</context>
<context>
    <name>fd::shell::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>fd::shell::ShellStatusBar</name>
    <message>
        <source>Standalone</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
</context>
<context>
    <name>fd::storage</name>
    <message>
        <source>The database %1 is damaged, was tampered with or is not a Frontdesk database</source>
        <translation>La base de datos %1 está dañada, fue manipulada o no es una base de datos de Frontdesk</translation>
    </message>
    <message>
        <source>SQL statement failed: %1</source>
        <translation>Falló la instrucción SQL: %1</translation>
    </message>
</context>
<context>
    <name>fd::storage::Database</name>
    <message>
        <source>The database key must be 32 bytes</source>
        <translation>La clave de la base de datos debe tener 32 bytes</translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation>No se puede iniciar una transacción</translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check</source>
        <translation>La base de datos %1 no superó la comprobación de integridad</translation>
    </message>
    <message>
        <source>An unencrypted database cannot be rekeyed</source>
        <translation>No se puede cambiar la clave de una base de datos sin cifrar</translation>
    </message>
    <message>
        <source>Cannot re-encrypt the database %1</source>
        <translation>No se puede volver a cifrar la base de datos %1</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>no se pudo cerrar la copia</translation>
    </message>
    <message>
        <source>Cannot back up the database to %1</source>
        <translation>No se puede hacer una copia de seguridad de la base de datos en %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>No se puede restaurar la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>No se puede reemplazar %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged, was tampered with or is not a Frontdesk database</source>
        <translation>La base de datos %1 está dañada, fue manipulada o no es una base de datos de Frontdesk</translation>
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation>Archivo de base de datos no encontrado: %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>the file is a plain, unencrypted SQLite database</source>
        <translation>el archivo es una base de datos SQLite simple, sin cifrar</translation>
    </message>
    <message>
        <source>the file is empty or truncated</source>
        <translation>el archivo está vacío o truncado</translation>
    </message>
    <message>
        <source>SQLCipher is not available: PRAGMA cipher_version did not answer</source>
        <translation>SQLCipher no está disponible: PRAGMA cipher_version no respondió</translation>
    </message>
    <message>
        <source>SQLCipher 4 is required, found %1</source>
        <translation>Se requiere SQLCipher 4; se encontró %1</translation>
    </message>
    <message>
        <source>Cannot configure SQLCipher</source>
        <translation>No se puede configurar SQLCipher</translation>
    </message>
    <message>
        <source>wrong password or key</source>
        <translation>contraseña o clave incorrecta</translation>
    </message>
    <message>
        <source>Cannot read the database %1</source>
        <translation>No se puede leer la base de datos %1</translation>
    </message>
    <message>
        <source>Cannot switch the database to WAL mode</source>
        <translation>No se puede cambiar la base de datos al modo WAL</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>No se puede abrir la base de datos %1</translation>
    </message>
    <message>
        <source>The QSQLCIPHER driver is not available</source>
        <translation>El controlador QSQLCIPHER no está disponible</translation>
    </message>
    <message>
        <source>Cannot apply the database key</source>
        <translation>No se puede aplicar la clave de la base de datos</translation>
    </message>
    <message>
        <source>The file %1 already exists</source>
        <translation>El archivo %1 ya existe</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>No se puede copiar %1 en %2</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>La base de datos no está abierta</translation>
    </message>
    <message>
        <source>A write that needs full durability cannot run inside a transaction begun without it</source>
        <translation>Una escritura que necesita durabilidad total no puede ejecutarse dentro de una transacción iniciada sin ella</translation>
    </message>
</context>
<context>
    <name>fd::storage::Migrator</name>
    <message>
        <source>The %1 schema of this database is version %2, newer than this program knows (%3): update Frontdesk</source>
        <translation>El esquema %1 de esta base de datos está en la versión %2, más reciente que la que conoce este programa (%3): actualice Frontdesk</translation>
    </message>
    <message>
        <source>A migration set has no module name</source>
        <translation>Un conjunto de migraciones no tiene nombre de módulo</translation>
    </message>
    <message>
        <source>Migrations of %1 must be numbered 1, 2, 3...: found version %2 at position %3</source>
        <translation>Las migraciones de %1 deben numerarse 1, 2, 3...: se encontró la versión %2 en la posición %3</translation>
    </message>
    <message>
        <source>Migration %1 version %2 has nothing to do</source>
        <translation>La migración %1 versión %2 no tiene nada que hacer</translation>
    </message>
    <message>
        <source>Migration %1 version %2 (%3) failed</source>
        <translation>Falló la migración %1 versión %2 (%3)</translation>
    </message>
</context>
<context>
    <name>fd::storage::Outbox</name>
    <message>
        <source>The device state is missing</source>
        <translation>Falta el estado del dispositivo</translation>
    </message>
    <message>
        <source>The outbox&apos;s field set was not stored</source>
        <translation>No se guardó el conjunto de campos de la bandeja de salida</translation>
    </message>
    <message>
        <source>Outbox mutation %1 (device_seq %2): its values do not match its field set %3</source>
        <translation>Mutación %1 de la bandeja de salida (device_seq %2): sus valores no coinciden con su conjunto de campos %3</translation>
    </message>
    <message>
        <source>The values do not match their field set</source>
        <translation>Los valores no coinciden con su conjunto de campos</translation>
    </message>
</context>
<context>
    <name>fd::storage::SqlCipherDriver</name>
    <message>
        <source>Unknown connect option: %1</source>
        <translation>Opción de conexión desconocida: %1</translation>
    </message>
    <message>
        <source>Passwords are not accepted; the database takes a raw key</source>
        <translation>No se aceptan contraseñas; la base de datos usa una clave sin procesar</translation>
    </message>
    <message>
        <source>Unable to open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>No se puede iniciar la transacción</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>No se puede confirmar la transacción</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>No se puede revertir la transacción</translation>
    </message>
    <message>
        <source>Unable to apply the key</source>
        <translation>No se puede aplicar la clave</translation>
    </message>
    <message>
        <source>Unable to change the key</source>
        <translation>No se puede cambiar la clave</translation>
    </message>
</context>
<context>
    <name>fd::storage::SqlCipherResult</name>
    <message>
        <source>The database is not open</source>
        <translation>La base de datos no está abierta</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>No se puede preparar la instrucción</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>La instrucción está vacía</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>No se pueden ejecutar varias instrucciones a la vez</translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1, %2 bound</source>
        <translation>El número de parámetros no coincide: la instrucción tiene %1, hay %2 vinculados</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation>No se puede vincular el parámetro %1</translation>
    </message>
    <message>
        <source>No statement is prepared</source>
        <translation>No hay ninguna instrucción preparada</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>No se puede obtener la fila</translation>
    </message>
</context>
<context>
    <name>fd::storage::SyncedRows</name>
    <message>
        <source>A row id must be a UUID: %1</source>
        <translation>El id de una fila debe ser un UUID: %1</translation>
    </message>
    <message>
        <source>An update of %1 names no field</source>
        <translation>Una actualización de %1 no indica ningún campo</translation>
    </message>
    <message>
        <source>The transaction is no longer active</source>
        <translation>La transacción ya no está activa</translation>
    </message>
    <message>
        <source>Invalid table name: %1</source>
        <translation>Nombre de tabla no válido: %1</translation>
    </message>
    <message>
        <source>Invalid column name: %1</source>
        <translation>Nombre de columna no válido: %1</translation>
    </message>
    <message>
        <source>The column %1 is maintained by the sync bookkeeping</source>
        <translation>La columna %1 la administra el control interno de sincronización</translation>
    </message>
    <message>
        <source>No row %1 in %2</source>
        <translation>No existe la fila %1 en %2</translation>
    </message>
    <message>
        <source>The row %1 in %2 was deleted</source>
        <translation>La fila %1 de %2 fue eliminada</translation>
    </message>
    <message>
        <source>The row %1 in %2 was changed meanwhile (version %3, expected %4)</source>
        <translation>La fila %1 de %2 fue modificada mientras tanto (versión %3, se esperaba %4)</translation>
    </message>
    <message>
        <source>An insert names no columns</source>
        <translation>Una inserción no nombra ninguna columna</translation>
    </message>
    <message>
        <source>An insert into %1 has %2 values for %3 columns</source>
        <translation>Una inserción en %1 tiene %2 valores para %3 columnas</translation>
    </message>
    <message>
        <source>The column %1 is named twice</source>
        <translation>La columna %1 se nombra dos veces</translation>
    </message>
</context>
<context>
    <name>fd::storage::Transaction</name>
    <message>
        <source>The transaction is no longer active</source>
        <translation>La transacción ya no está activa</translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation>No se puede confirmar la transacción</translation>
    </message>
</context>
<context>
    <name>fd::x12</name>
    <message>
        <source>the data element dictionary is empty</source>
        <translation>el diccionario de elementos de datos está vacío</translation>
    </message>
    <message>
        <source>segment %1 (%2)</source>
        <translation>segmento %1 (%2)</translation>
    </message>
    <message>
        <source> loop %1</source>
        <translation> bucle %1</translation>
    </message>
    <message>
        <source> element %1</source>
        <translation> elemento %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message>
        <source>; value &apos;%1&apos;</source>
        <translation>; valor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; expected %1</source>
        <translation>; se esperaba %1</translation>
    </message>
    <message>
        <source>the guide map %1 has no ST/SE/GS</source>
        <translation>el mapa de la guía %1 no tiene ST/SE/GS</translation>
    </message>
    <message>
        <source>guide resource %1 is missing from the build</source>
        <translation>falta el recurso de guía %1 en la compilación</translation>
    </message>
    <message>
        <source>expected a %1 %2 transaction set, got %3 %4</source>
        <translation>se esperaba un conjunto de transacciones %1 %2, se obtuvo %3 %4</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>cannot read the guide map %1</source>
        <translation>no se puede leer el mapa de la guía %1</translation>
    </message>
</context>
<context>
    <name>fd::x12::ElementValidator</name>
    <message>
        <source>trailing empty element(s): delimiters not suppressed</source>
        <translation>elemento(s) vacío(s) al final: delimitadores no suprimidos</translation>
    </message>
    <message>
        <source>the segment to end after its last non-empty element</source>
        <translation>que el segmento termine después de su último elemento no vacío</translation>
    </message>
    <message>
        <source>segment has %1 elements</source>
        <translation>el segmento tiene %1 elementos</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>required element missing</source>
        <translation>falta un elemento obligatorio</translation>
    </message>
    <message>
        <source>element is not used in this guide</source>
        <translation>el elemento no se usa en esta guía</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation>%1 repeticiones</translation>
    </message>
    <message>
        <source>composite has %1 components</source>
        <translation>el compuesto tiene %1 componentes</translation>
    </message>
    <message>
        <source>required component missing</source>
        <translation>falta un componente obligatorio</translation>
    </message>
    <message>
        <source>component is not used in this guide</source>
        <translation>el componente no se usa en esta guía</translation>
    </message>
    <message>
        <source>not a valid %1 value</source>
        <translation>no es un valor %1 válido</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>un número decimal</translation>
    </message>
    <message>
        <source>digits only (implied decimal places)</source>
        <translation>solo dígitos (decimales implícitos)</translation>
    </message>
    <message>
        <source>not a valid DT value</source>
        <translation>no es un valor DT válido</translation>
    </message>
    <message>
        <source>a date CCYYMMDD</source>
        <translation>una fecha CCYYMMDD</translation>
    </message>
    <message>
        <source>not a valid TM value</source>
        <translation>no es un valor TM válido</translation>
    </message>
    <message>
        <source>a time HHMM[SS[dd]]</source>
        <translation>una hora HHMM[SS[dd]]</translation>
    </message>
    <message>
        <source>too long: %1 characters</source>
        <translation>demasiado largo: %1 caracteres</translation>
    </message>
    <message>
        <source>too short: %1 characters</source>
        <translation>demasiado corto: %1 caracteres</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>code is not valid here</source>
        <translation>el código no es válido aquí</translation>
    </message>
    <message>
        <source>code is not in code set %1</source>
        <translation>el código no está en el conjunto de códigos %1</translation>
    </message>
    <message>
        <source>a code of %1</source>
        <translation>un código de %1</translation>
    </message>
    <message>
        <source>syntax rule %1 is not met</source>
        <translation>no se cumple la regla de sintaxis %1</translation>
    </message>
    <message>
        <source>P: all or none, R: at least one, E: at most one, C/L: the first needs the others</source>
        <translation>P: todos o ninguno, R: al menos uno, E: como máximo uno, C/L: el primero requiere los demás</translation>
    </message>
    <message>
        <source>value does not match date/time format %1</source>
        <translation>el valor no coincide con el formato de fecha/hora %1</translation>
    </message>
    <message>
        <source>CCYYMMDD</source>
        <translation>CCYYMMDD</translation>
    </message>
    <message>
        <source>CCYYMMDD-CCYYMMDD, start not after end</source>
        <translation>CCYYMMDD-CCYYMMDD, con el inicio no posterior al fin</translation>
    </message>
</context>
<context>
    <name>fd::x12::EnvelopeReader</name>
    <message>
        <source>invalid segment identifier</source>
        <translation>identificador de segmento no válido</translation>
    </message>
    <message>
        <source>two or three upper-case letters or digits, starting with a letter</source>
        <translation>dos o tres letras mayúsculas o dígitos, comenzando con una letra</translation>
    </message>
    <message>
        <source>segment %1 outside a transaction set</source>
        <translation>segmento %1 fuera de un conjunto de transacciones</translation>
    </message>
    <message>
        <source>data segments between ST and SE</source>
        <translation>segmentos de datos entre ST y SE</translation>
    </message>
    <message>
        <source>transaction set %1 has no SE trailer</source>
        <translation>el conjunto de transacciones %1 no tiene segmento de cierre SE</translation>
    </message>
    <message>
        <source>SE before %1</source>
        <translation>SE antes de %1</translation>
    </message>
    <message>
        <source>functional group has no GE trailer</source>
        <translation>el grupo funcional no tiene segmento de cierre GE</translation>
    </message>
    <message>
        <source>GE before %1</source>
        <translation>GE antes de %1</translation>
    </message>
    <message>
        <source>GE</source>
        <translation>GE</translation>
    </message>
    <message>
        <source>interchange has no IEA trailer</source>
        <translation>el intercambio no tiene segmento de cierre IEA</translation>
    </message>
    <message>
        <source>IEA before the next ISA</source>
        <translation>IEA antes del siguiente ISA</translation>
    </message>
    <message>
        <source>interchange version is not 00501: this reader reads X12 005010 only</source>
        <translation>la versión del intercambio no es 00501: este lector solo lee X12 005010</translation>
    </message>
    <message>
        <source>GS outside an interchange</source>
        <translation>GS fuera de un intercambio</translation>
    </message>
    <message>
        <source>ISA first</source>
        <translation>ISA primero</translation>
    </message>
    <message>
        <source>ST outside a functional group</source>
        <translation>ST fuera de un grupo funcional</translation>
    </message>
    <message>
        <source>GS first</source>
        <translation>GS primero</translation>
    </message>
    <message>
        <source>%1 is not a known version; checked against %2</source>
        <translation>%1 no es una versión conocida; se comparó con %2</translation>
    </message>
    <message>
        <source>no guide for this transaction set and version: only the envelope was checked</source>
        <translation>no hay guía para este conjunto de transacciones y versión: solo se verificó el sobre</translation>
    </message>
    <message>
        <source>837 X222A1, 835 X221A1, 270/271 X279A1, 276/277 X212, 277 X214, 999 X231A1</source>
        <translation>837 X222A1, 835 X221A1, 270/271 X279A1, 276/277 X212, 277 X214, 999 X231A1</translation>
    </message>
    <message>
        <source>functional identifier does not match transaction set %1</source>
        <translation>el identificador funcional no coincide con el conjunto de transacciones %1</translation>
    </message>
    <message>
        <source>SE01 does not match the number of segments from ST to SE (%1)</source>
        <translation>SE01 no coincide con el número de segmentos de ST a SE (%1)</translation>
    </message>
    <message>
        <source>SE02 does not match ST02</source>
        <translation>SE02 no coincide con ST02</translation>
    </message>
    <message>
        <source>GE without GS</source>
        <translation>GE sin GS</translation>
    </message>
    <message>
        <source>GE01 does not match the number of transaction sets in the group</source>
        <translation>GE01 no coincide con el número de conjuntos de transacciones del grupo</translation>
    </message>
    <message>
        <source>GE02 does not match GS06</source>
        <translation>GE02 no coincide con GS06</translation>
    </message>
    <message>
        <source>IEA without ISA</source>
        <translation>IEA sin ISA</translation>
    </message>
    <message>
        <source>GE before IEA</source>
        <translation>GE antes de IEA</translation>
    </message>
    <message>
        <source>IEA01 does not match the number of functional groups</source>
        <translation>IEA01 no coincide con el número de grupos funcionales</translation>
    </message>
    <message>
        <source>IEA02 does not match ISA13</source>
        <translation>IEA02 no coincide con ISA13</translation>
    </message>
    <message>
        <source>the input ends inside transaction set %1 (no SE, GE, IEA)</source>
        <translation>la entrada termina dentro del conjunto de transacciones %1 (sin SE, GE, IEA)</translation>
    </message>
    <message>
        <source>the input ends before the IEA trailer</source>
        <translation>la entrada termina antes del segmento de cierre IEA</translation>
    </message>
    <message>
        <source>SE, GE and IEA trailers</source>
        <translation>segmentos de cierre SE, GE e IEA</translation>
    </message>
</context>
<context>
    <name>fd::x12::GuideTextLoader</name>
    <message>
        <source>guide description %1 line %2: %3</source>
        <translation>descripción de guía %1 línea %2: %3</translation>
    </message>
    <message>
        <source>a layout needs an id and its elements</source>
        <translation>un diseño necesita un id y sus elementos</translation>
    </message>
    <message>
        <source>element clause &apos;%1&apos; needs a position and a usage</source>
        <translation>la cláusula de elemento &apos;%1&apos; necesita una posición y un uso</translation>
    </message>
    <message>
        <source>%1 has no element %2</source>
        <translation>%1 no tiene el elemento %2</translation>
    </message>
    <message>
        <source>%1 has no component %2</source>
        <translation>%1 no tiene el componente %2</translation>
    </message>
    <message>
        <source>a segment needs an id, a usage and a maximum use</source>
        <translation>un segmento necesita un id, un uso y un uso máximo</translation>
    </message>
    <message>
        <source>no layout for segment %1</source>
        <translation>no hay diseño para el segmento %1</translation>
    </message>
    <message>
        <source>indentation does not follow a loop</source>
        <translation>la sangría no sigue a un bucle</translation>
    </message>
    <message>
        <source>a loop needs an id, a usage and a repeat</source>
        <translation>un bucle necesita un id, un uso y una repetición</translation>
    </message>
    <message>
        <source>unknown statement &apos;%1&apos;</source>
        <translation>instrucción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no transaction line or no segments</source>
        <translation>no hay línea de transacción o no hay segmentos</translation>
    </message>
</context>
<context>
    <name>fd::x12::LoopBuilder</name>
    <message>
        <source>required loop %1 missing</source>
        <translation>falta el bucle obligatorio %1</translation>
    </message>
    <message>
        <source>loop %1 (%2)</source>
        <translation>bucle %1 (%2)</translation>
    </message>
    <message>
        <source>required segment %1 missing</source>
        <translation>falta el segmento obligatorio %1</translation>
    </message>
    <message>
        <source>segment %1 (%2)</source>
        <translation>segmento %1 (%2)</translation>
    </message>
    <message>
        <source>segment %1 repeats more often than allowed</source>
        <translation>el segmento %1 se repite más veces de lo permitido</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>loop %1 repeats more often than allowed</source>
        <translation>el bucle %1 se repite más veces de lo permitido</translation>
    </message>
    <message>
        <source>segment %1 not expected here (out of order, wrong qualifier or too many)</source>
        <translation>segmento %1 no esperado aquí (fuera de orden, calificador incorrecto o demasiadas repeticiones)</translation>
    </message>
    <message>
        <source>a segment the guide allows after loop %1</source>
        <translation>un segmento que la guía permite después del bucle %1</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>cualquier número</translation>
    </message>
</context>
<context>
    <name>fd::x12::SegmentScanner</name>
    <message>
        <source>ISA segment is %1 characters long</source>
        <translation>el segmento ISA tiene %1 caracteres</translation>
    </message>
    <message>
        <source>106 characters (fixed-width fields)</source>
        <translation>106 caracteres (campos de ancho fijo)</translation>
    </message>
    <message>
        <source>no segment terminator within %1 bytes</source>
        <translation>no hay terminador de segmento en %1 bytes</translation>
    </message>
    <message>
        <source>segments ending with &apos;%1&apos; (ISA)</source>
        <translation>segmentos que terminan en &apos;%1&apos; (ISA)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the input ends inside a segment (no terminator)</source>
        <translation>la entrada termina dentro de un segmento (sin terminador)</translation>
    </message>
</context>
<context>
    <name>fd::x12::SemanticChecker</name>
    <message>
        <source>HL id repeated</source>
        <translation>id de HL repetido</translation>
    </message>
    <message>
        <source>HL ids must count up from 1</source>
        <translation>los id de HL deben numerarse consecutivamente a partir de 1</translation>
    </message>
    <message>
        <source>HL02 names a parent level that does not precede it</source>
        <translation>HL02 indica un nivel padre que no lo precede</translation>
    </message>
    <message>
        <source>the HL01 of an earlier level</source>
        <translation>el HL01 de un nivel anterior</translation>
    </message>
    <message>
        <source>claim total differs from the sum of its service line charges (SV102)</source>
        <translation>el total de la reclamación difiere de la suma de los cargos de sus líneas de servicio (SV102)</translation>
    </message>
    <message>
        <source>NPI fails the check digit</source>
        <translation>el dígito verificador del NPI es incorrecto</translation>
    </message>
    <message>
        <source>ten digits with a valid Luhn check digit (prefix 80840)</source>
        <translation>diez dígitos con un dígito verificador Luhn válido (prefijo 80840)</translation>
    </message>
    <message>
        <source>claim adjustment reason code is retired</source>
        <translation>el código de motivo de ajuste de la reclamación está retirado</translation>
    </message>
    <message>
        <source>a current CARC</source>
        <translation>un CARC vigente</translation>
    </message>
    <message>
        <source>ICD-9-CM qualifier in a 5010 claim</source>
        <translation>calificador ICD-9-CM en una reclamación 5010</translation>
    </message>
    <message>
        <source>ICD-10-CM qualifiers (ABK, ABF, ...)</source>
        <translation>calificadores ICD-10-CM (ABK, ABF, ...)</translation>
    </message>
    <message>
        <source>service lines must count up from 1 in each claim</source>
        <translation>las líneas de servicio deben numerarse consecutivamente a partir de 1 en cada reclamación</translation>
    </message>
</context>
<context>
    <name>fd::x12::X12Writer</name>
    <message>
        <source>character &apos;%1&apos; is outside the X12 basic character set or is a separator</source>
        <translation>el carácter &apos;%1&apos; está fuera del conjunto de caracteres básico de X12 o es un separador</translation>
    </message>
    <message>
        <source>segment %1 element %2: %3</source>
        <translation>segmento %1 elemento %2: %3</translation>
    </message>
    <message>
        <source>segment %1 element %2 repeats but the interchange has no repetition separator</source>
        <translation>segmento %1 elemento %2: se repite, pero el intercambio no tiene separador de repetición</translation>
    </message>
    <message>
        <source>the separators are unusable: the repetition and segment separators must be outside the basic character set</source>
        <translation>los separadores no se pueden usar: los separadores de repetición y de segmento deben estar fuera del conjunto de caracteres básico</translation>
    </message>
    <message>
        <source>ISA sender and receiver ids need 1 to 15 characters</source>
        <translation>los id de remitente y receptor del ISA necesitan de 1 a 15 caracteres</translation>
    </message>
    <message>
        <source>ISA id qualifiers have two characters</source>
        <translation>los calificadores de id del ISA tienen dos caracteres</translation>
    </message>
    <message>
        <source>the interchange control number must be 1 to 9 digits</source>
        <translation>el número de control del intercambio debe tener de 1 a 9 dígitos</translation>
    </message>
    <message>
        <source>the group control number must be 1 to 9 digits</source>
        <translation>el número de control del grupo debe tener de 1 a 9 dígitos</translation>
    </message>
    <message>
        <source>the transaction set control number needs 4 to 9 characters</source>
        <translation>el número de control del conjunto de transacciones necesita de 4 a 9 caracteres</translation>
    </message>
    <message>
        <source>a character is outside the X12 basic character set or is a separator</source>
        <translation>un carácter está fuera del juego de caracteres básico de X12 o es un separador</translation>
    </message>
</context>
</TS>
