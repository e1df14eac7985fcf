// Checks that the Neo4j server started by scripts/neo4j.mjs (or docker compose) is a real,
// usable Neo4j 5: Bolt answers, full-text indexes and shortestPath work, auth is enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, neo4jTestConfig, reportSkip, uniqueName } from './server.js';

const neo = neo4jTestConfig();
reportSkip(neo);

describe.skipIf(neo.skip)(neo.skip ? neo.reason : `Neo4j server at ${neo.uri}`, () => {
  let driver: Driver;

  beforeAll(() => {
    if (neo.skip) throw new Error('unreachable');
    driver = createTestDriver(neo);
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('answers RETURN 1 over Bolt', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0].get('one')).toBe(1);
  });

  it('is Neo4j 5.x', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
    );
    expect(records[0].get('name')).toBe('Neo4j Kernel');
    expect(records[0].get('version')).toMatch(/^5\./);
  });

  it('creates, queries and drops a full-text index', async () => {
    const label = uniqueName('KgLauncherTest');
    const index = uniqueName('kg_launcher_ft');
    try {
      await driver.executeQuery(
        `CREATE FULLTEXT INDEX ${index} IF NOT EXISTS FOR (n:${label}) ON EACH [n.name, n.text]`,
      );
      await driver.executeQuery('CALL db.awaitIndexes(60)');
      await driver.executeQuery(
        `UNWIND $rows AS row CREATE (n:${label}) SET n = row`,
        { rows: [{ name: 'Ada Lovelace', text: 'analytical engine' }, { name: 'Alan Turing', text: 'machine' }] },
      );
      const { records } = await driver.executeQuery(
        `CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score RETURN node.name AS name, score`,
        { index, q: 'lovelace~' },
      );
      expect(records.map((r) => r.get('name'))).toEqual(['Ada Lovelace']);
      expect(records[0].get('score')).toBeGreaterThan(0);

      const shown = await driver.executeQuery('SHOW FULLTEXT INDEXES YIELD name WHERE name = $index RETURN name', {
        index,
      });
      expect(shown.records).toHaveLength(1);
    } finally {
      await driver.executeQuery(`DROP INDEX ${index} IF EXISTS`);
      await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
    }
    const gone = await driver.executeQuery('SHOW INDEXES YIELD name WHERE name = $index RETURN name', { index });
    expect(gone.records).toHaveLength(0);
  }, 60_000);

  it('supports shortestPath / allShortestPaths', async () => {
    const label = uniqueName('KgLauncherPath');
    try {
      await driver.executeQuery(
        `CREATE (a:${label} {id: 'a'})-[:R]->(b:${label} {id: 'b'})-[:R]->(c:${label} {id: 'c'}),
                (a)-[:R]->(d:${label} {id: 'd'})-[:R]->(e:${label} {id: 'e'})-[:R]->(c)`,
      );
      const { records } = await driver.executeQuery(
        `MATCH (a:${label} {id: 'a'}), (c:${label} {id: 'c'})
         MATCH p = shortestPath((a)-[:R*]-(c))
         RETURN length(p) AS len, [n IN nodes(p) | n.id] AS ids`,
      );
      expect(records[0].get('len')).toBe(2);
      expect(records[0].get('ids')).toEqual(['a', 'b', 'c']);

      const all = await driver.executeQuery(
        `MATCH (a:${label} {id: 'a'}), (e:${label} {id: 'e'})
         MATCH p = allShortestPaths((a)-[:R*]-(e)) RETURN count(p) AS n`,
      );
      expect(all.records[0].get('n')).toBe(1);
    } finally {
      await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
    }
  }, 30_000);

  it('rejects a wrong password with an authentication error', async () => {
    if (neo.skip) return;
    const bad = createTestDriver(neo, `${neo.password}-wrong`);
    try {
      const session = bad.session();
      try {
        await expect(session.run('RETURN 1')).rejects.toMatchObject({
          code: 'Neo.ClientError.Security.Unauthorized',
        });
      } finally {
        await session.close();
      }
    } finally {
      await bad.close();
    }
    // ... and the right password still works afterwards (one failure does not lock the user).
    const { records } = await driver.executeQuery('RETURN 2 AS two');
    expect(records[0].get('two')).toBe(2);
  }, 30_000);
});
