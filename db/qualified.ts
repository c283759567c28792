// A column written as "table"."column" whatever query it ends up in. Drizzle leaves the columns of
// a single-table select unqualified in its select list, so an outer `${events.id}` inside a
// correlated subquery there is rendered `"id"` and silently binds to the subquery's own `id`
// (`(select count(*) from registrations r where r.event_id = "id")` counts the wrong rows).
// Use it for every outer column referred to from a subquery in select fields.
import { getTableName, sql, type AnyColumn, type SQL } from 'drizzle-orm';

export function qualified(column: AnyColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
