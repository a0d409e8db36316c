-- The first version of the portal's four policies, drafted for the Ministry to review and approve. They state
-- no fact the office has not given: the controller's addresses, phones and emails are shown beside the text
-- from the contact channels and the office's settings, and the version and date from this table.
INSERT INTO legal_text (code, body_es, body_en) VALUES ('TERMS',
$es$Estos términos y condiciones regulan el uso del portal de la Oficina de Cooperación Internacional del Ministerio de Educación Nacional de Colombia. Quien navega por el portal o usa sus servicios los acepta; si no está de acuerdo con ellos, le pedimos no usarlo.

## Qué ofrece el portal
- Información sobre los proyectos estratégicos del Ministerio, las formas de cooperar y quién puede hacerlo.
- La presentación de ofertas de cooperación y la consulta de su estado con el número de radicado.
- Las actividades de cooperación, el mapa de la cooperación por departamento y los datos abiertos.
- Los canales de atención de la Oficina y de la unidad de atención al ciudadano del Ministerio.

El uso del portal es gratuito y no requiere registro. Solo el personal autorizado de la Oficina entra a su área de trabajo.

## Compromisos de quien usa el portal
- Entregar información veraz, completa y actualizada, y tener autorización para presentar la oferta en nombre de la organización que indica.
- No adjuntar archivos con código malicioso ni contenidos ilícitos, y no enviar datos personales de terceros sin su autorización.
- No intentar acceder a áreas restringidas, alterar el funcionamiento del portal ni afectar su disponibilidad para otras personas.
- Respetar los derechos de autor y las licencias de los contenidos, según la página de derechos de autor.

## Ofertas de cooperación
Presentar una oferta no obliga al Ministerio a aceptarla ni crea una relación contractual. La Oficina estudia cada oferta, puede pedir información adicional y comunica su decisión por correo electrónico y en la página de estado de la oferta. La cooperación que se acuerde se formaliza por los medios que establece la ley.

## Contenidos y enlaces
El Ministerio procura que la información del portal sea exacta y esté actualizada; cada página indica la fecha de su última actualización. El portal puede enlazar sitios de otras entidades u organizaciones: el Ministerio no responde por sus contenidos ni por sus políticas.

## Disponibilidad
El Ministerio procura que el portal esté disponible de forma continua, pero puede suspenderlo para mantenimiento, por razones de seguridad o por causas ajenas a su control, sin que ello genere responsabilidad.

## Datos personales
Los datos personales que usted entregue se tratan según la política de tratamiento de datos personales del Ministerio publicada en este portal y el aviso de privacidad que acompaña cada formulario.

## Cambios
El Ministerio puede modificar estos términos. Cada cambio se publica en esta página con un nuevo número de versión y su fecha; los cambios rigen desde su publicación.

## Ley aplicable
Estos términos se rigen por las leyes de la República de Colombia.$es$,
$en$These terms and conditions govern the use of the portal of the International Cooperation Office of Colombia's Ministry of National Education. Whoever browses the portal or uses its services accepts them; if you do not agree with them, please do not use it.

## What the portal offers
- Information about the Ministry's strategic projects, the ways to cooperate and who may cooperate.
- Submitting cooperation offers and following their status with the filing number.
- The cooperation activities, the map of cooperation by department and the open data.
- The contact channels of the Office and of the Ministry's citizen care unit.

The portal is free of charge and needs no registration. Only the Office's authorised staff enter its workspace.

## What users undertake
- To give true, complete and up-to-date information, and to be authorised to submit the offer on behalf of the organisation it names.
- Not to attach files with malicious code or unlawful content, and not to send third parties' personal data without their authorisation.
- Not to try to enter restricted areas, alter how the portal works or affect its availability for others.
- To respect the copyright and the licences of the contents, as set out on the copyright page.

## Cooperation offers
Submitting an offer does not oblige the Ministry to accept it and creates no contractual relationship. The Office studies each offer, may ask for more information and communicates its decision by email and on the offer's status page. Any cooperation agreed is formalised by the means the law provides.

## Contents and links
The Ministry strives to keep the portal's information accurate and up to date; each page shows when it was last updated. The portal may link to sites of other entities or organisations: the Ministry is not responsible for their contents or their policies.

## Availability
The Ministry strives to keep the portal available at all times, but may suspend it for maintenance, for security reasons or for causes beyond its control, without this giving rise to liability.

## Personal data
The personal data you provide are processed under the Ministry's personal data processing policy published on this portal and the privacy notice beside each form.

## Changes
The Ministry may change these terms. Each change is published on this page with a new version number and its date; changes apply from their publication.

## Governing law
These terms are governed by the laws of the Republic of Colombia.$en$);

INSERT INTO legal_text (code, body_es, body_en) VALUES ('PERSONAL_DATA_POLICY',
$es$El Ministerio de Educación Nacional adopta esta política para el tratamiento de los datos personales que recibe a través del portal de su Oficina de Cooperación Internacional, en cumplimiento de la Ley Estatutaria 1581 de 2012 y del Decreto 1377 de 2013 (hoy compilado en el Decreto 1074 de 2015).

## Responsable del tratamiento
El responsable del tratamiento es el Ministerio de Educación Nacional de Colombia, por medio de su Oficina de Cooperación Internacional. Sus datos de contacto (dirección, teléfonos y correos) aparecen en esta página, en la sección «Responsable y canales de atención», y en la página de contacto del portal.

## Definiciones
- Titular: la persona natural cuyos datos personales se tratan.
- Dato personal: cualquier información que se refiera a una persona natural determinada o determinable.
- Tratamiento: cualquier operación sobre datos personales, como la recolección, el almacenamiento, el uso, la circulación o la supresión.
- Autorización: el consentimiento previo, expreso e informado del titular para el tratamiento de sus datos.
- Encargado del tratamiento: quien trata datos personales por cuenta del responsable.

## Principios
El Ministerio trata los datos personales con sujeción a los principios de legalidad, finalidad, libertad, veracidad o calidad, transparencia, acceso y circulación restringida, seguridad y confidencialidad del artículo 4 de la Ley 1581 de 2012.

## Datos que se tratan
Los datos de la organización que ofrece cooperación y de su persona de contacto (nombre, cargo, correo electrónico, teléfono e idioma de preferencia), el contenido de las ofertas y los documentos adjuntos, y los datos de quienes presentan consultas o reclamos sobre sus datos personales. El portal no solicita datos sensibles ni datos de niños, niñas o adolescentes.

## Finalidades
- Recibir, estudiar y responder las ofertas de cooperación, y comunicarse con quien las presenta.
- Enviar el número de radicado, los avisos de cambio de estado y las solicitudes de información.
- Elaborar estadísticas e informes sobre la cooperación con el sector educativo, sin datos que identifiquen a las personas.
- Publicar las actividades de cooperación aceptadas con el nombre de la organización, nunca con los datos de la persona de contacto.
- Atender las consultas y los reclamos de los titulares y dejar constancia de su respuesta.

## Autorización
El formulario de ofertas pide la autorización del titular antes del envío y enlaza el aviso de privacidad. El portal conserva la prueba de cada autorización: la fecha, la versión del aviso y una huella del texto que se mostró.

## Derechos de los titulares
Según el artículo 8 de la Ley 1581 de 2012, el titular tiene derecho a:
- Conocer, actualizar y rectificar sus datos personales.
- Solicitar prueba de la autorización otorgada.
- Ser informado, previa solicitud, del uso que se ha dado a sus datos.
- Presentar quejas ante la Superintendencia de Industria y Comercio por infracciones a la ley, una vez agotado el trámite de consulta o reclamo ante el responsable.
- Revocar la autorización o solicitar la supresión de sus datos cuando no se respeten los principios, derechos y garantías constitucionales y legales, siempre que no exista un deber legal o contractual de conservarlos.
- Acceder en forma gratuita a sus datos personales.

## Cómo ejercer los derechos
El titular, sus causahabientes o su representante pueden presentar consultas y reclamos por cualquiera de los canales de atención que aparecen en esta página, indicando el nombre del titular, la descripción de lo que solicita, la dirección o el correo para la respuesta y, si lo tiene, el número de radicado de la oferta.
- Consultas: se responden en un máximo de diez (10) días hábiles desde su recibo. Si no es posible, se informa el motivo y la nueva fecha, que no superará cinco (5) días hábiles más (artículo 14 de la Ley 1581 de 2012).
- Reclamos (corrección, actualización, supresión o revocatoria): se responden en un máximo de quince (15) días hábiles desde el día siguiente a su recibo. Si no es posible, se informa el motivo y la nueva fecha, que no superará ocho (8) días hábiles más (artículo 15 de la Ley 1581 de 2012).
- Si el reclamo está incompleto, se pide completarlo dentro de los cinco (5) días siguientes; si pasan dos (2) meses sin que se complete, se entiende que se desistió de él.

## Área responsable
La Oficina de Cooperación Internacional atiende las consultas y los reclamos sobre los datos tratados en este portal, con el apoyo de la unidad de atención al ciudadano del Ministerio, y registra cada solicitud con su fecha de vencimiento legal.

## Conservación
Los datos se conservan mientras se estudia la oferta y se ejecuta la cooperación. Los datos de contacto de las ofertas rechazadas, retiradas o cerradas se anonimizan al terminar el plazo de conservación que fija la Oficina.

## Seguridad y transferencias
Los datos se guardan en la infraestructura del Ministerio con medidas de seguridad técnicas y administrativas. El Ministerio no vende los datos ni los transfiere a terceros países.

## Vigencia
Esta política rige desde la fecha indicada en esta página y mientras se traten los datos para las finalidades descritas. Cada cambio sustancial se publica aquí con un nuevo número de versión y su fecha.$es$,
$en$The Ministry of National Education adopts this policy for processing the personal data it receives through the portal of its International Cooperation Office, in compliance with Statutory Law 1581 of 2012 and Decree 1377 of 2013 (now compiled in Decree 1074 of 2015).

## Data controller
The data controller is Colombia's Ministry of National Education, through its International Cooperation Office. Its contact details (address, phones and emails) appear on this page, in the section "Controller and contact channels", and on the portal's contact page.

## Definitions
- Data subject: the natural person whose personal data are processed.
- Personal data: any information about an identified or identifiable natural person.
- Processing: any operation on personal data, such as collection, storage, use, circulation or deletion.
- Authorisation: the data subject's prior, express and informed consent to the processing of their data.
- Data processor: whoever processes personal data on the controller's behalf.

## Principles
The Ministry processes personal data under the principles of legality, purpose, freedom, accuracy or quality, transparency, restricted access and circulation, security and confidentiality of article 4 of Law 1581 of 2012.

## Data processed
The details of the organisation offering cooperation and of its contact person (name, position, email, phone and preferred language), the contents of the offers and their attached documents, and the details of those who submit queries or claims about their personal data. The portal does not ask for sensitive data or for data of children or adolescents.

## Purposes
- To receive, study and answer cooperation offers, and to communicate with whoever submits them.
- To send the filing number, the status change notices and the requests for information.
- To produce statistics and reports on cooperation with the education sector, without data that identify people.
- To publish accepted cooperation activities with the organisation's name, never with the contact person's details.
- To answer data subjects' queries and claims and keep a record of the answer.

## Authorisation
The offer form asks for the data subject's authorisation before sending and links the privacy notice. The portal keeps the proof of each authorisation: the date, the version of the notice and a fingerprint of the text that was shown.

## Data subjects' rights
Under article 8 of Law 1581 of 2012, the data subject has the right to:
- Know, update and correct their personal data.
- Ask for proof of the authorisation given.
- Be informed, on request, of how their data have been used.
- File complaints with the Superintendence of Industry and Commerce for breaches of the law, once the query or claim before the controller has been completed.
- Revoke the authorisation or ask for their data to be deleted when the constitutional and legal principles, rights and guarantees are not respected, unless a legal or contractual duty requires keeping them.
- Access their personal data free of charge.

## How to exercise these rights
The data subject, their successors or their representative may submit queries and claims through any of the contact channels shown on this page, stating the data subject's name, what they are asking for, the address or email for the answer and, if they have it, the offer's filing number.
- Queries are answered within ten (10) business days of receipt at most. If that is not possible, the reason and the new date are given, no more than five (5) further business days (article 14 of Law 1581 of 2012).
- Claims (correction, update, deletion or revocation) are answered within fifteen (15) business days from the day after receipt at most. If that is not possible, the reason and the new date are given, no more than eight (8) further business days (article 15 of Law 1581 of 2012).
- If a claim is incomplete, the claimant is asked to complete it within the following five (5) days; if two (2) months pass without it being completed, the claim is deemed withdrawn.

## Area in charge
The International Cooperation Office answers the queries and claims about the data processed on this portal, with the support of the Ministry's citizen care unit, and records each request with its legal due date.

## Retention
Data are kept while the offer is studied and the cooperation is carried out. The contact details of declined, withdrawn or closed offers are anonymised when the retention period set by the Office ends.

## Security and transfers
Data are stored on the Ministry's infrastructure with technical and administrative security measures. The Ministry does not sell the data or transfer them to other countries.

## Effective date
This policy applies from the date shown on this page and for as long as the data are processed for the purposes described. Each substantial change is published here with a new version number and its date.$en$);

INSERT INTO legal_text (code, body_es, body_en) VALUES ('COPYRIGHT',
$es$Los contenidos de este portal (textos, fotografías, gráficos, diseño y organización) pertenecen al Ministerio de Educación Nacional de Colombia o se publican con autorización de sus titulares, y están protegidos por la Ley 23 de 1982, la Decisión Andina 351 de 1993 y las demás normas sobre derecho de autor.

## Autorización de uso
Se autoriza reproducir, citar y difundir los contenidos del portal con fines informativos, educativos y no comerciales, siempre que:
- Se cite la fuente: «Ministerio de Educación Nacional de Colombia, Oficina de Cooperación Internacional», con la dirección de la página.
- No se altere el sentido de los contenidos ni se presenten como opinión o respaldo del Ministerio.
- No se usen los escudos, logotipos ni marcas del Gobierno o del Ministerio de forma que sugiera una relación o un respaldo que no existe.

Cualquier otro uso requiere autorización previa y escrita del Ministerio, que puede pedirse por los canales de atención.

## Datos abiertos
Los conjuntos de datos publicados en la página de datos abiertos se rigen por su propia licencia, Creative Commons Atribución 4.0 Internacional (CC BY 4.0): pueden copiarse, redistribuirse y adaptarse para cualquier fin, incluso comercial, reconociendo la autoría.

## Contenidos de terceros
Los contenidos de terceros que se publican en el portal, como documentos de los cooperantes, conservan los derechos de sus titulares y se usan según las licencias o autorizaciones con que se recibieron.

## Ofertas enviadas por los cooperantes
Quien presenta una oferta de cooperación conserva los derechos sobre sus documentos. Al enviarlos autoriza al Ministerio a usarlos para estudiar la oferta y, si la acepta, a publicar la actividad de cooperación resultante con el nombre de la organización.$es$,
$en$The contents of this portal (texts, photographs, graphics, design and organisation) belong to Colombia's Ministry of National Education or are published with their owners' authorisation, and are protected by Law 23 of 1982, Andean Decision 351 of 1993 and the other copyright rules.

## Authorisation of use
You may reproduce, quote and share the portal's contents for informational, educational and non-commercial purposes, provided that:
- You cite the source: "Ministry of National Education of Colombia, International Cooperation Office", with the page's address.
- You do not alter the meaning of the contents or present them as the Ministry's opinion or endorsement.
- You do not use the coats of arms, logos or marks of the Government or the Ministry in a way that suggests a relationship or an endorsement that does not exist.

Any other use needs the Ministry's prior written authorisation, which can be requested through the contact channels.

## Open data
The datasets published on the open data page are governed by their own licence, Creative Commons Attribution 4.0 International (CC BY 4.0): they may be copied, redistributed and adapted for any purpose, even commercially, giving credit.

## Third-party contents
Third-party contents published on the portal, such as cooperators' documents, keep their owners' rights and are used under the licences or authorisations with which they were received.

## Offers sent by cooperators
Whoever submits a cooperation offer keeps the rights to their documents. By sending them, they authorise the Ministry to use them to study the offer and, if it is accepted, to publish the resulting cooperation activity with the organisation's name.$en$);

INSERT INTO legal_text (code, body_es, body_en) VALUES ('ACCESSIBILITY',
$es$El Ministerio de Educación Nacional quiere que todas las personas, incluidas las personas con discapacidad, puedan usar este portal. Esta declaración explica qué norma sigue, cómo lo comprobamos, qué limitaciones conocemos y cómo reportar una barrera.

## Norma que seguimos
El portal busca cumplir el nivel AA de las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1 del W3C y la Norma Técnica Colombiana NTC 5854, como pide el Anexo 1 de la Resolución 1519 de 2020 del Ministerio de Tecnologías de la Información y las Comunicaciones.

## Qué hace el portal
- Todas las páginas están en español y en inglés, y declaran su idioma.
- Se puede usar con el teclado, y cada página tiene un enlace para saltar al contenido principal.
- Los formularios tienen etiquetas, indican los campos obligatorios y muestran cada error junto a su campo y en un resumen al inicio.
- Las páginas funcionan sin JavaScript.
- El mapa de la cooperación tiene una tabla con las mismas cifras.

## Cómo lo comprobamos
Cada cambio del portal pasa pruebas automáticas de navegador: Playwright abre las páginas en Chromium y la herramienta axe-core revisa las reglas de nivel A y AA de WCAG 2.1, en español y en inglés, en las páginas públicas, los formularios y el área de trabajo de la Oficina. Otras pruebas revisan que las páginas se lean en la pantalla de un teléfono sin desplazamiento horizontal. Las pruebas automáticas no encuentran todas las barreras: por eso sus reportes nos importan.

## Limitaciones conocidas
- Los documentos que adjuntan los cooperantes y los que enlazan las actividades son de sus autores, y pueden no ser accesibles.
- El mapa es un dibujo: quien no pueda verlo encuentra sus cifras en la tabla que lo acompaña y en los datos abiertos.

## Cómo reportar una barrera
Si encuentra una barrera de acceso en el portal, escríbanos o llámenos por cualquiera de los canales de la página de contacto. Cuéntenos en qué página estaba, qué intentaba hacer, qué pasó y, si la usa, qué tecnología de apoyo (lector de pantalla, ampliador u otra). Le responderemos y, si lo necesita, le daremos la información por otro medio.

## Fecha de esta declaración
La versión y la fecha de esta declaración aparecen en esta página; la revisamos cada vez que cambia el portal de forma importante.$es$,
$en$The Ministry of National Education wants everyone, including people with disabilities, to be able to use this portal. This statement explains which standard it follows, how we check it, which limitations we know of and how to report a barrier.

## Standard we follow
The portal aims to meet level AA of the W3C Web Content Accessibility Guidelines (WCAG) 2.1 and the Colombian Technical Standard NTC 5854, as required by Annex 1 of Resolution 1519 of 2020 of the Ministry of Information and Communication Technologies.

## What the portal does
- Every page is in Spanish and English, and declares its language.
- It can be used with the keyboard, and each page has a link to skip to the main content.
- Forms have labels, mark the required fields and show each error beside its field and in a summary at the top.
- The pages work without JavaScript.
- The cooperation map comes with a table of the same figures.

## How we check it
Every change to the portal goes through automated browser tests: Playwright opens the pages in Chromium and the axe-core tool checks the WCAG 2.1 level A and AA rules, in Spanish and English, on the public pages, the forms and the Office's workspace. Other tests check that the pages read on a phone screen without horizontal scrolling. Automated tests do not find every barrier: that is why your reports matter to us.

## Known limitations
- The documents cooperators attach and those linked from the activities belong to their authors and may not be accessible.
- The map is a drawing: whoever cannot see it finds its figures in the table beside it and in the open data.

## How to report a barrier
If you find an accessibility barrier on the portal, write to us or call us through any of the channels on the contact page. Tell us which page you were on, what you were trying to do, what happened and, if you use one, which assistive technology (screen reader, magnifier or other). We will answer you and, if you need it, give you the information another way.

## Date of this statement
The version and date of this statement appear on this page; we review it whenever the portal changes in an important way.$en$);
