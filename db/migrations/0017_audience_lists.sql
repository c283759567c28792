CREATE TABLE "education_levels" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_audience" (
	"registration_id" integer PRIMARY KEY NOT NULL,
	"role_category_code" text,
	"organisation_type_code" text,
	"vipu_contact" boolean
);
--> statement-breakpoint
CREATE TABLE "registration_education_levels" (
	"registration_id" integer NOT NULL,
	"level_code" text NOT NULL,
	CONSTRAINT "registration_education_levels_registration_id_level_code_pk" PRIMARY KEY("registration_id","level_code")
);
--> statement-breakpoint
CREATE TABLE "role_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registration_audience" ADD CONSTRAINT "registration_audience_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_audience" ADD CONSTRAINT "registration_audience_role_category_code_role_categories_code_fk" FOREIGN KEY ("role_category_code") REFERENCES "public"."role_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_audience" ADD CONSTRAINT "registration_audience_organisation_type_code_organisation_types_code_fk" FOREIGN KEY ("organisation_type_code") REFERENCES "public"."organisation_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_education_levels" ADD CONSTRAINT "registration_education_levels_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_education_levels" ADD CONSTRAINT "registration_education_levels_level_code_education_levels_code_fk" FOREIGN KEY ("level_code") REFERENCES "public"."education_levels"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_education_levels_level_idx" ON "registration_education_levels" USING btree ("level_code");--> statement-breakpoint
-- The lists show on every event page's sign-up form: an edit re-renders the cached public pages (0010).
CREATE TRIGGER role_categories_pages_notify AFTER INSERT OR UPDATE OR DELETE ON role_categories
  FOR EACH STATEMENT EXECUTE FUNCTION kokoon_pages_notify_all();--> statement-breakpoint
CREATE TRIGGER organisation_types_pages_notify AFTER INSERT OR UPDATE OR DELETE ON organisation_types
  FOR EACH STATEMENT EXECUTE FUNCTION kokoon_pages_notify_all();--> statement-breakpoint
CREATE TRIGGER education_levels_pages_notify AFTER INSERT OR UPDATE OR DELETE ON education_levels
  FOR EACH STATEMENT EXECUTE FUNCTION kokoon_pages_notify_all();--> statement-breakpoint
-- The first lists (issue 15 §3); the national admin edits them in the workspace from here on.
INSERT INTO "role_categories" ("code", "name_fi", "name_sv", "sort_order") VALUES
	('teacher', 'Luokan- tai aineenopettaja', 'Klass- eller ämneslärare', 1),
	('special_education_teacher', 'Erityisopettaja', 'Speciallärare', 2),
	('principal', 'Rehtori', 'Rektor', 3),
	('early_childhood_educator', 'Varhaiskasvatuksen opettaja tai kasvattaja', 'Lärare eller pedagog inom småbarnspedagogik', 4),
	('school_psychologist', 'Oppilashuolto: psykologi', 'Elevhälsa: psykolog', 5),
	('school_social_worker', 'Oppilashuolto: koulukuraattori', 'Elevhälsa: skolkurator', 6),
	('school_nurse', 'Oppilashuolto: terveydenhoitaja', 'Elevhälsa: hälsovårdare', 7),
	('child_protection', 'Lastensuojelu tai sosiaalityö', 'Barnskydd eller socialt arbete', 8),
	('health_care', 'Terveydenhuolto', 'Hälso- och sjukvård', 9),
	('rehabilitation', 'Kuntoutus', 'Rehabilitering', 10),
	('administration', 'Hallinto', 'Förvaltning', 11),
	('third_sector', 'Kolmas sektori', 'Tredje sektorn', 12),
	('research', 'Yliopisto tai tutkimus', 'Universitet eller forskning', 13),
	('other', 'Muu', 'Annan', 14)
ON CONFLICT ("code") DO NOTHING;--> statement-breakpoint
INSERT INTO "organisation_types" ("code", "name_fi", "name_sv", "sort_order") VALUES
	('municipality', 'Kunta', 'Kommun', 1),
	('wellbeing_county', 'Hyvinvointialue', 'Välfärdsområde', 2),
	('private_provider', 'Yksityinen koulutuksen järjestäjä', 'Privat utbildningsanordnare', 3),
	('state_special_school', 'Valtion erityiskoulu / Valteri', 'Statlig specialskola / Valteri', 4),
	('hospital', 'Sairaala', 'Sjukhus', 5),
	('ngo', 'Järjestö', 'Organisation', 6),
	('university', 'Yliopisto tai normaalikoulu', 'Universitet eller övningsskola', 7),
	('authority', 'AVI / Opetushallitus', 'RFV / Utbildningsstyrelsen', 8),
	('other', 'Muu', 'Annan', 9)
ON CONFLICT ("code") DO NOTHING;--> statement-breakpoint
INSERT INTO "education_levels" ("code", "name_fi", "name_sv", "sort_order") VALUES
	('early_childhood', 'Varhaiskasvatus', 'Småbarnspedagogik', 1),
	('pre_primary', 'Esiopetus', 'Förskoleundervisning', 2),
	('basic', 'Perusopetus', 'Grundläggande utbildning', 3),
	('upper_secondary', 'Toinen aste', 'Andra stadiet', 4),
	('other', 'Muu', 'Annan', 5)
ON CONFLICT ("code") DO NOTHING;
