-- T2 : une orientation proposée à laquelle le tiers-lieu ne répond pas expire après un délai
-- réglable, après une relance ; elle passe à « expirée », un statut final.

alter table orientation drop constraint orientation_statut_check;
alter table orientation add constraint orientation_statut_check check (statut in ('PROPOSEE', 'ACCEPTEE',
    'EN_LISTE_ATTENTE', 'REFUSEE', 'EN_PARCOURS', 'TERMINEE', 'ABANDON', 'EXPIREE'));
alter table orientation_transition drop constraint orientation_transition_de_check;
alter table orientation_transition add constraint orientation_transition_de_check check (de in ('PROPOSEE',
    'ACCEPTEE', 'EN_LISTE_ATTENTE', 'REFUSEE', 'EN_PARCOURS', 'TERMINEE', 'ABANDON', 'EXPIREE'));
alter table orientation_transition drop constraint orientation_transition_vers_check;
alter table orientation_transition add constraint orientation_transition_vers_check check (vers in ('PROPOSEE',
    'ACCEPTEE', 'EN_LISTE_ATTENTE', 'REFUSEE', 'EN_PARCOURS', 'TERMINEE', 'ABANDON', 'EXPIREE'));

-- quand le tiers-lieu a été relancé (une fois par orientation)
alter table orientation add column relancee_le timestamptz;

-- les orientations en attente de réponse, lues chaque jour par ancienneté
create index orientation_proposee_idx on orientation (orientee_le) where statut = 'PROPOSEE';
