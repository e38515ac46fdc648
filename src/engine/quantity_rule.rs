//! How a price line's monthly quantity is computed from a profile: each engine file names one
//! rule per line (`quantity:`), and the cost stage computes it. Hours are the hours of a month,
//! [`HOURS_PER_MONTH`](crate::cost::quantity::HOURS_PER_MONTH).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityRule {
    /// `HOURS_PER_MONTH` for the primary and each read replica (Multi-AZ is in the SKU, not
    /// here).
    InstanceHours,
    /// `HOURS_PER_MONTH` of a billed standby when high availability is on, else 0.
    StandbyHours,
    /// vCPU × `HOURS_PER_MONTH` for the primary and each replica (Google prices per vCPU).
    VcpuHours,
    /// Memory GiB × `HOURS_PER_MONTH` for the primary and each replica.
    MemoryGibHours,
    /// vCPU × `HOURS_PER_MONTH` of the standby when high availability is on.
    StandbyVcpuHours,
    /// Memory GiB × `HOURS_PER_MONTH` of the standby when high availability is on.
    StandbyMemoryGibHours,
    /// Aurora Serverless v2 average ACU × `HOURS_PER_MONTH`.
    AcuHours,
    /// Allocated storage in GB for one month.
    StorageGbMonths,
    /// Allocated storage again for each read replica (RDS replicas have their own volumes).
    ReplicaStorageGbMonths,
    /// Allocated storage again for the standby when high availability is on.
    StandbyStorageGbMonths,
    /// Provisioned IOPS above the baseline included in the storage price (3,000 on gp3).
    ExtraIopsMonths,
    /// Storage I/O requests in a month (Aurora standard), from the workload figures.
    IoRequests,
    /// Backup storage beyond the free allowance (as much as the allocated storage; AWS, Azure).
    BackupGbMonths,
    /// All backup storage, with no free allowance (Google Cloud SQL, AlloyDB).
    AllBackupGbMonths,
    /// Cosmos DB manual throughput: sum of RU/s ÷ 100 × `HOURS_PER_MONTH` × regions.
    ProvisionedRuHundredHours,
    /// Cosmos DB autoscale throughput billed at its maximum: RU/s ÷ 100 × `HOURS_PER_MONTH` ×
    /// regions.
    AutoscaleRuHundredHours,
    /// Cosmos DB serverless request units per month, in millions.
    ServerlessMillionRu,
    /// Cosmos DB data size in GB × regions.
    CosmosStorageGbMonths,
    /// DynamoDB: provisioned RCU of the Standard tables and their global indexes × 730.
    DynamodbRcuHours,
    /// DynamoDB: provisioned WCU of the Standard tables and their global indexes × 730.
    DynamodbWcuHours,
    /// DynamoDB: provisioned RCU of the Standard-IA tables and their global indexes × 730.
    DynamodbIaRcuHours,
    /// DynamoDB: provisioned WCU of the Standard-IA tables and their global indexes × 730.
    DynamodbIaWcuHours,
    /// DynamoDB: on-demand read request units a month of the Standard tables, from the consumed
    /// average (their share of the table storage).
    DynamodbReadRequestUnits,
    /// DynamoDB: on-demand write request units a month of the Standard tables.
    DynamodbWriteRequestUnits,
    /// DynamoDB: on-demand read request units a month of the Standard-IA tables.
    DynamodbIaReadRequestUnits,
    /// DynamoDB: on-demand write request units a month of the Standard-IA tables.
    DynamodbIaWriteRequestUnits,
    /// DynamoDB: table and index size of the Standard tables, GB.
    DynamodbStorageGbMonths,
    /// DynamoDB: table and index size of the Standard-IA tables, GB.
    DynamodbIaStorageGbMonths,
    /// DynamoDB: size of the tables with point-in-time recovery on, GB.
    DynamodbPitrGbMonths,
    /// DynamoDB Streams read request units a month (measured).
    DynamodbStreamReadRequests,
    /// Lakebase: expected CU-hours of the primary, its HA secondaries and read replicas.
    CuHours,
    /// Lakebase: logical data size in GB.
    DataGbMonths,
    /// Lakebase: instant-restore (PITR) history, a share of the data size (stated assumption).
    PitrGbMonths,
    /// Lakebase: branch snapshot storage, a share of the data size (stated assumption).
    SnapshotGbMonths,
}
